//! Prints the gazetteer entries a name may refer to: `lookup NAME...`.
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let gaz = dyad_geo::Gazetteer::embedded()?;
    for name in std::env::args().skip(1) {
        for (e, kind) in gaz.lookup(&name) {
            println!(
                "{name}\t{kind:?}\t{}\t{}\t{}\t{:?}\tpop {}\tcapital {}",
                e.name, e.iso2, e.adm1, e.feature, e.population, e.is_capital
            );
        }
    }
    Ok(())
}
