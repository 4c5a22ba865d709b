//! Posting alerts to a webhook: HTTP POST of the alert's JSON, with a timeout and retries.

use std::time::Duration;

/// Attempts per alert before giving up.
const ATTEMPTS: u32 = 3;
/// Time allowed for one attempt.
const TIMEOUT: Duration = Duration::from_secs(5);

pub fn post(url: &str, alert: &dyad_warn::Alert) -> anyhow::Result<()> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .http_status_as_error(true)
        .build()
        .into();
    let body = serde_json::to_string(alert)?;
    let mut last = None;
    for attempt in 0..ATTEMPTS {
        match agent
            .post(url)
            .header("Content-Type", "application/json")
            .send(body.as_str())
        {
            Ok(_) => return Ok(()),
            Err(e) => {
                last = Some(e);
                std::thread::sleep(Duration::from_millis(200 * 2u64.pow(attempt)));
            }
        }
    }
    match last {
        Some(e) => Err(anyhow::anyhow!("{e} (after {ATTEMPTS} attempts)")),
        None => Ok(()),
    }
}
