//! Prunes small weights from a model file and reports size and accuracy on a treebank.
//!
//! `prune MODEL.bin OUT.bin MIN_XPOS MIN_UPOS MIN_PARSER MIN_LABELLER MIN_SUPERTAG [GOLD.conllu]`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 7 {
        return Err("usage: prune MODEL.bin OUT.bin MIN_XPOS MIN_UPOS MIN_PARSER MIN_LABELLER MIN_SUPERTAG [GOLD.conllu]".into());
    }
    let mut a = dyad_nlp::Analyzer::from_file(&args[0])?;
    let mut min = [0f32; 5];
    for (m, s) in min.iter_mut().zip(&args[2..7]) {
        *m = s.parse()?;
    }
    eprintln!("before: {:?}", a.table_sizes());
    a.prune(min);
    eprintln!("after:  {:?}", a.table_sizes());
    let bytes = a.to_bytes();
    std::fs::write(&args[1], &bytes)?;
    eprintln!("wrote {} bytes", bytes.len());
    if let Some(g) = args.get(7) {
        let a = dyad_nlp::Analyzer::from_file(&args[1])?;
        let gold = dyad_nlp::read_conllu(std::path::Path::new(g))?;
        println!("{}", dyad_nlp::evaluate(&a, &gold));
    }
    Ok(())
}
