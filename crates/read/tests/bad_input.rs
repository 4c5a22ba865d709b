//! Bad input never panics and never stops a batch: each case yields a clear error naming
//! the input (and line or record where one applies).

use dyad_read::{ErrorKind, Reader};
use std::io::Write;

fn results(name: &str, bytes: &[u8]) -> Vec<Result<dyad_model::Article, dyad_read::ReadError>> {
    Reader::builder().build().read_bytes(name, bytes).collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let _ = gz.write_all(bytes);
    gz.finish().unwrap_or_default()
}

#[test]
fn bad_inputs_give_named_errors() {
    let truncated = {
        let g = gzip("Body text, long enough to compress. ".repeat(50).as_bytes());
        g[..g.len() / 2].to_vec()
    };
    let warc_trunc =
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nHTTP/1.1 200 OK\r\n"
            .to_vec();
    let warc_junk = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: xyz\r\n\r\nstuff".to_vec();
    // (name, file name, bytes, expected kind, expected line)
    type Case = (
        &'static str,
        &'static str,
        Vec<u8>,
        fn(&ErrorKind) -> bool,
        Option<usize>,
    );
    let cases: Vec<Case> = vec![
        (
            "binary",
            "junk.bin",
            vec![0, 159, 146, 150, 0, 1, 2, 3],
            |k| *k == ErrorKind::Binary,
            None,
        ),
        (
            "invalid utf-8",
            "x.txt",
            b"Title\n\nok line\nbad \xff\xfe byte".to_vec(),
            |k| matches!(k, ErrorKind::InvalidUtf8 { offset: 19 }),
            Some(4),
        ),
        (
            "truncated gzip",
            "x.txt.gz",
            truncated,
            |k| matches!(k, ErrorKind::Gzip(_)),
            None,
        ),
        (
            "empty text",
            "e.txt",
            b"   \n\n".to_vec(),
            |k| *k == ErrorKind::NoText,
            None,
        ),
        (
            "html without text",
            "e.html",
            b"<html><script>x()</script></html>".to_vec(),
            |k| *k == ErrorKind::NoText,
            None,
        ),
        (
            "malformed xml",
            "f.rss",
            b"<rss><channel>\n<item><title>a</title>\n</chan".to_vec(),
            |k| matches!(k, ErrorKind::Xml(_)),
            None,
        ),
        (
            "no items",
            "f.xml",
            b"<?xml version=\"1.0\"?><rss></rss>".to_vec(),
            |k| matches!(k, ErrorKind::Xml(_)),
            None,
        ),
        (
            "truncated warc",
            "c.warc",
            warc_trunc,
            |k| matches!(k, ErrorKind::Warc(_)),
            Some(1),
        ),
        (
            "bad warc length",
            "c.warc",
            warc_junk,
            |k| matches!(k, ErrorKind::Warc(_)),
            Some(1),
        ),
        (
            "not warc",
            "c.warc",
            b"hello\nworld".to_vec(),
            |k| matches!(k, ErrorKind::Warc(_)),
            Some(1),
        ),
        (
            "csv without text column",
            "x.csv",
            b"a,b\n1,2\n".to_vec(),
            |k| matches!(k, ErrorKind::Csv(_)),
            Some(1),
        ),
    ];
    for (name, file, bytes, kind_ok, line) in cases {
        let got = results(file, &bytes);
        let err = got.iter().find_map(|r| r.as_ref().err());
        let Some(err) = err else {
            panic!("case {name}: no error in {got:?}")
        };
        assert!(kind_ok(&err.kind), "case {name}: kind {:?}", err.kind);
        assert_eq!(err.name, file, "case {name}: name");
        if line.is_some() {
            assert_eq!(err.line, line, "case {name}: line");
        }
        assert!(
            err.to_string().starts_with(err.name.as_str()),
            "case {name}: message names file"
        );
    }
}

#[test]
fn one_bad_record_does_not_stop_the_batch() {
    let jsonl = b"{\"text\":\"one\"}\n{not json\n\"just a string\"\n{\"text\":\"bad \xff\"}\n{\"title\":\"no text\"}\n{\"text\":\"two\"}\n";
    let got = results("r.jsonl", jsonl);
    let oks: Vec<&str> = got
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(oks, ["one", "two"]);
    let lines: Vec<Option<usize>> = got
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(|e| e.line)
        .collect();
    assert_eq!(lines, [Some(2), Some(3), Some(4), Some(5)]);

    let csv = b"id,text\n1,fine\n2,\"unterminated\n3,\xff\xfe\n";
    let got = results("r.csv", csv);
    assert!(got
        .iter()
        .any(|r| r.as_ref().is_ok_and(|a| a.text == "fine")));

    let feed = b"<rss><channel><item><title>a</title><description>Text a.</description></item><item><title>b</title></item><item><description>Text c.</description></item></channel></rss>";
    let got = results("f.rss", feed);
    assert_eq!(got.len(), 3);
    assert!(got[1].as_ref().is_err_and(|e| e.record == Some(2)));
    assert!(got[2].is_ok());
}

#[test]
fn huge_jsonl_line_is_refused_and_skipped() {
    let mut big = b"{\"text\":\"".to_vec();
    big.resize(dyad_read::MAX_RECORD + 10, b'a');
    big.extend_from_slice(b"\"}\n{\"text\":\"after\"}\n");
    let got = results("big.jsonl", &big);
    assert!(matches!(
        got[0].as_ref().map_err(|e| &e.kind),
        Err(ErrorKind::TooLarge { .. })
    ));
    assert_eq!(got[1].as_ref().map(|a| a.text.as_str()).ok(), Some("after"));
}

#[test]
fn random_bytes_never_panic() {
    // A small deterministic fuzz over every format: must not panic, whatever it returns.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let seeds: [&[u8]; 6] = [
        b"<html><p>",
        b"<rss><item>",
        b"WARC/1.0\r\n",
        b"{\"text\":",
        b"a,b\n",
        b"Head\n\nBy AFP\n",
    ];
    let names = ["x.html", "x.rss", "x.warc", "x.jsonl", "x.csv", "x.txt"];
    for round in 0..300 {
        let i = round % seeds.len();
        let mut bytes = seeds[i].to_vec();
        for _ in 0..(round % 97) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            bytes.push(b"<>/&;\"'=\r\n abcWARC:0123456789{}[],\xff"[(state % 35) as usize]);
        }
        let _ = results(names[i], &bytes).len();
    }
}

#[test]
fn truncated_gzip_streams_end_with_one_error() {
    let dir = std::env::temp_dir().join(format!("dyad-read-gz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let lines: String = (0..2000)
        .map(|i| format!("{{\"id\":\"{i}\",\"text\":\"Line {i} of many.\"}}\n"))
        .collect();
    let csv: String = std::iter::once("id,text\n".to_string())
        .chain((0..2000).map(|i| format!("{i},Row {i} of many.\n")))
        .collect();
    for (file, body) in [("t.jsonl.gz", lines), ("t.csv.gz", csv)] {
        let g = gzip(body.as_bytes());
        let path = dir.join(file);
        let _ = std::fs::write(&path, &g[..g.len() / 2]);
        let reader = Reader::builder().build();
        let got: Vec<_> = reader.read_path(&path).take(5000).collect();
        let errors: Vec<_> = got.iter().filter_map(|r| r.as_ref().err()).collect();
        assert!(got.len() < 5000, "{file}: the stream must end");
        assert_eq!(errors.len(), 1, "{file}: one error, got {errors:?}");
        assert!(
            got.iter().filter(|r| r.is_ok()).count() > 10,
            "{file}: records before the cut are read"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
