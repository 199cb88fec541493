//! Thin entry point: panic hook, then mount the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    between_sessions::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Between Sessions runs in the browser: see README.md (scripts/serve.sh).");
}
