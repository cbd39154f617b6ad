//! What a coordinator hands a volunteer to connect a device: one thing to scan or paste, which
//! carries the server's address with the one-time code, so that nobody types a URL. Its forms:
//!
//! - the link the coordinator pages show as text and in the QR code:
//!   `https://brobygge.kommun.se/anslut#ABCD-EFGH-JKMN` (the code in the fragment, which a
//!   browser never sends to any server);
//! - the QR code of earlier releases: `brobygge:enroll?server=<address>&code=<code>`;
//! - the code alone, typed from paper: the server is then the one the device already knows,
//!   or the one the app was built for, or the user gives it.

/// A parsed invitation: the server, when it names one, and the code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invite {
    pub server: Option<String>,
    pub code: String,
}

/// The path of the link the coordinator pages make.
pub const LINK_PATH: &str = "/anslut";

impl Invite {
    /// The link for `code` on the server at `origin` (`https://host[:port]`).
    pub fn link(origin: &str, code: &str) -> String {
        format!("{}{LINK_PATH}#{code}", origin.trim_end_matches('/'))
    }

    /// Reads what was scanned, pasted or typed; none when it is none of the forms above.
    pub fn parse(text: &str) -> Option<Invite> {
        let text = text.trim();
        if let Some(query) = text.strip_prefix("brobygge:enroll?") {
            let (mut server, mut code) = (None, None);
            for pair in query.split('&') {
                match pair.split_once('=') {
                    Some(("server", v)) => server = Some(percent_decoded(v)?),
                    Some(("code", v)) => code = Some(percent_decoded(v)?),
                    _ => {}
                }
            }
            return Some(Invite {
                server: Some(server.filter(|s| is_origin(s))?),
                code: plain_code(&code?)?,
            });
        }
        if text.starts_with("https://") || text.starts_with("http://") {
            let (address, code) = text.split_once('#')?;
            let scheme_end = address.find("://")? + 3;
            let host_end = address[scheme_end..]
                .find(['/', '?'])
                .map_or(address.len(), |i| scheme_end + i);
            let origin = &address[..host_end];
            return Some(Invite {
                server: Some(origin.to_owned()).filter(|s| is_origin(s)),
                code: plain_code(code)?,
            })
            .filter(|i| i.server.is_some());
        }
        Some(Invite {
            server: None,
            code: plain_code(text)?,
        })
    }

    /// The server's host, to show before connecting: a scanned code from a stranger must not
    /// send a guide's entries somewhere else unseen.
    pub fn host(&self) -> Option<&str> {
        let server = self.server.as_deref()?;
        Some(&server[server.find("://")? + 3..])
    }
}

/// A code as people write it: letters, digits, dashes and spaces, 8 to 40 of them.
fn plain_code(text: &str) -> Option<String> {
    let text = text.trim();
    let fine = (8..=40).contains(&text.chars().count())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ' ');
    fine.then(|| text.to_owned())
}

/// `scheme://host[:port]` and nothing else: no user, path, query or fragment.
fn is_origin(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once("://") else {
        return false;
    };
    matches!(scheme, "https" | "http")
        && !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

/// Decodes `%XX` escapes; none for a broken escape or a result that is not UTF-8.
fn percent_decoded(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invite(server: Option<&str>, code: &str) -> Option<Invite> {
        Some(Invite {
            server: server.map(str::to_owned),
            code: code.to_owned(),
        })
    }

    #[test]
    fn the_link_the_qr_code_of_old_and_the_code_alone() {
        let link = Invite::link("https://brobygge.kommun.se/", "ABCD-EFGH-JKMN");
        assert_eq!(link, "https://brobygge.kommun.se/anslut#ABCD-EFGH-JKMN");
        let expected = invite(Some("https://brobygge.kommun.se"), "ABCD-EFGH-JKMN");
        assert_eq!(Invite::parse(&format!("  {link}\n")), expected);
        let old = "brobygge:enroll?server=https%3A%2F%2Fbrobygge.kommun.se&code=ABCD-EFGH-JKMN";
        assert_eq!(Invite::parse(old), expected);
        let unescaped = "brobygge:enroll?server=https://brobygge.kommun.se&code=ABCD-EFGH-JKMN";
        assert_eq!(Invite::parse(unescaped), expected);
        assert_eq!(
            Invite::parse("abcd efgh jkmn"),
            invite(None, "abcd efgh jkmn")
        );
        let local = Invite::parse("http://127.0.0.1:8080/anslut#ABCD-EFGH-JKMN").unwrap();
        assert_eq!(local.server.as_deref(), Some("http://127.0.0.1:8080"));
        assert_eq!(expected.unwrap().host(), Some("brobygge.kommun.se"));
    }

    #[test]
    fn anything_else_is_refused() {
        for text in [
            "",
            "ABC",
            "https://brobygge.kommun.se/anslut",
            "https://brobygge.kommun.se/anslut#<script>",
            "https://user@evil.example/anslut#ABCD-EFGH-JKMN",
            "javascript:alert(1)#ABCD-EFGH-JKMN",
            "brobygge:enroll?code=ABCD-EFGH-JKMN",
            "brobygge:enroll?server=ftp://x&code=ABCD-EFGH-JKMN",
            "brobygge:enroll?server=https://a/b&code=ABCD-EFGH-JKMN",
            "brobygge:enroll?server=%zz&code=ABCD-EFGH-JKMN",
            "ABCD-EFGH-JKMN; DROP TABLE",
        ] {
            assert_eq!(Invite::parse(text), None, "{text:?}");
        }
    }
}
