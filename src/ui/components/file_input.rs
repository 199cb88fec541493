//! The file she chose in an `<input type="file">`: one reading of the change event for every
//! loader (clinic files, contacts file, backups).

use wasm_bindgen::JsCast;

/// The input that changed and the first file chosen in it; `None` when she chose nothing.
pub fn chosen(ev: &web_sys::Event) -> Option<(web_sys::HtmlInputElement, web_sys::File)> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0))?;
    Some((input, file))
}
