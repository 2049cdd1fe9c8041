//! A bare Tauri 2 window with one static page. Its page calls `ui_ready` after its first
//! paint, exactly as Werfwijzer's UI does, so `benches/startup.py` measures both alike.

use std::sync::LazyLock;
use std::time::Instant;

static STARTED: LazyLock<Instant> = LazyLock::new(Instant::now);

#[tauri::command]
fn ui_ready(app: tauri::AppHandle) {
    let ms = STARTED.elapsed().as_secs_f64() * 1e3;
    match std::env::var("WERFWIJZER_READY_SIGNAL").as_deref() {
        Ok("1") => println!("werfwijzer-ready {ms:.1} ms"),
        Ok("exit") => {
            println!("werfwijzer-ready {ms:.1} ms");
            app.exit(0);
        }
        _ => {}
    }
}

fn main() {
    LazyLock::force(&STARTED);
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ui_ready])
        .run(tauri::generate_context!())
        .expect("bare window");
}
