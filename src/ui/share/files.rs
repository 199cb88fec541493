//! Handing a file to her: a download everywhere (Blob + object URL + `<a download>`), and the
//! system share sheet (`navigator.share` with files) where the browser has it.

use js_sys::{Array, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{t_string, I18n};

/// A file to hand over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutFile {
    pub name: String,
    pub mime: &'static str,
    pub text: String,
}

pub const CSV: &str = "text/csv";
pub const JSON: &str = "application/json";

/// Why a file could not be handed over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// The browser could not make the file.
    NotMade,
    /// This browser's share sheet does not take this kind of file.
    CannotShare,
    /// The share sheet failed.
    ShareFailed,
}

/// The error in her language.
pub fn error_text(i18n: I18n, e: FileError) -> String {
    match e {
        FileError::NotMade => t_string!(i18n, share.files.not_made),
        FileError::CannotShare => t_string!(i18n, share.files.cannot_share),
        FileError::ShareFailed => t_string!(i18n, share.files.share_failed),
    }
    .to_owned()
}

/// The file's bytes as the one part of a Blob: copied into a `Uint8Array` once (a memcpy). A JS
/// string part would be decoded from UTF-8 into a JS string and then encoded back to UTF-8 by the
/// Blob, which took most of the time of handing over a five-year file.
fn parts(text: &str) -> Array {
    Array::of1(&js_sys::Uint8Array::from(text.as_bytes()))
}

/// Save the file through the browser's download.
pub fn download(f: &OutFile) -> Result<(), FileError> {
    let fail = |_: JsValue| FileError::NotMade;
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(f.mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts(&f.text), &bag)
        .map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let doc = document();
    let a = doc
        .create_element("a")
        .map_err(fail)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| FileError::NotMade)?;
    a.set_href(&url);
    a.set_download(&f.name);
    a.set_hidden(true);
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
    }
    a.click();
    a.remove();
    // Give the browser time to start the download before letting the data go.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

fn as_file(f: &OutFile) -> Option<web_sys::File> {
    let bag = web_sys::FilePropertyBag::new();
    bag.set_type(f.mime);
    web_sys::File::new_with_u8_array_sequence_and_options(&parts(&f.text), &f.name, &bag).ok()
}

fn share_data(file: &web_sys::File, title: &str) -> web_sys::ShareData {
    let data = web_sys::ShareData::new();
    data.set_files(&Array::of1(file));
    data.set_title(title);
    data
}

/// Whether this browser can put a file of this type into the system share sheet.
pub fn can_share_files(mime: &'static str) -> bool {
    let nav = window().navigator();
    let has = |name: &str| {
        Reflect::get(&nav, &name.into())
            .map(|v| v.is_function())
            .unwrap_or(false)
    };
    if !has("share") || !has("canShare") {
        return false;
    }
    let probe = OutFile {
        name: "probe.txt".into(),
        mime,
        text: String::new(),
    };
    as_file(&probe).is_some_and(|file| nav.can_share_with_data(&share_data(&file, "")))
}

/// Open the system share sheet with the file. `Ok(false)` when she closed the sheet without
/// sharing.
pub async fn share(f: &OutFile, title: &str) -> Result<bool, FileError> {
    let file = as_file(f).ok_or(FileError::NotMade)?;
    let data = share_data(&file, title);
    let nav = window().navigator();
    if !nav.can_share_with_data(&data) {
        return Err(FileError::CannotShare);
    }
    match wasm_bindgen_futures::JsFuture::from(nav.share_with_data(&data)).await {
        Ok(_) => Ok(true),
        Err(e) => {
            let aborted = e
                .dyn_ref::<web_sys::DomException>()
                .is_some_and(|x| x.name() == "AbortError");
            if aborted {
                Ok(false)
            } else {
                Err(FileError::ShareFailed)
            }
        }
    }
}
