//! Exports of a run: the Chrome Trace Event JSON (Perfetto, chrome://tracing)
//! and the timeline as a standalone SVG with its styles inlined.

use crate::stats::{SegKind, Timeline};
use crate::trace::{EventKind, Trace};

/// The (time, task) of each printed line.
pub fn line_times(trace: &Trace, lines: usize) -> Vec<(f64, usize)> {
    let mut v = vec![(0.0, 0); lines];
    for e in &trace.events {
        if let EventKind::Print { line } = e.kind {
            if let Some(slot) = v.get_mut(line) {
                *slot = (e.time, e.task);
            }
        }
    }
    v
}

fn json_str(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A lane's label: the module for task 0, else the task's name, numbered when
/// several tasks share it (`count() #2`).
pub fn lane_name(names: &[String], t: usize) -> String {
    if t == 0 {
        return format!(
            "__main__ ({})",
            names.first().map(String::as_str).unwrap_or("")
        );
    }
    let n = names.get(t).map(String::as_str).unwrap_or("?");
    if names.iter().filter(|x| x.as_str() == n).count() > 1 {
        let k = names[..t].iter().filter(|x| x.as_str() == n).count() + 1;
        format!("{n} #{k}")
    } else {
        n.to_string()
    }
}

/// Every lane's label (as `lane_name`), in one pass: for runs of many tasks.
pub fn lane_names(names: &[String]) -> Vec<String> {
    let mut total: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for n in names.iter().skip(1) {
        *total.entry(n.as_str()).or_default() += 1;
    }
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    names
        .iter()
        .enumerate()
        .map(|(t, n)| {
            if t == 0 {
                return lane_name(names, 0);
            }
            let k = seen.entry(n.as_str()).or_default();
            *k += 1;
            if total[n.as_str()] > 1 {
                format!("{n} #{k}")
            } else {
                n.clone()
            }
        })
        .collect()
}

/// Microseconds, as the Trace Event format counts.
fn us(t: f64) -> String {
    let v = (t * 1e6).round();
    format!("{}", v as i64)
}

/// The run in the Chrome Trace Event format: one thread (track) per task,
/// a complete event ("X") per timeline segment, an instant event ("i") per
/// printed line, and the queue's size as a counter ("C").
pub fn chrome_trace(
    file: &str,
    tl: &Timeline,
    names: &[String],
    output: &[String],
    line_times: &[(f64, usize)],
) -> String {
    let labels = lane_names(names);
    let mut ev: Vec<String> = Vec::new();
    ev.push(format!(
        r#"{{"name":"process_name","ph":"M","pid":1,"tid":0,"args":{{"name":{}}}}}"#,
        json_str(&format!("Async Playground: {file}"))
    ));
    for (t, label) in labels.iter().enumerate() {
        ev.push(format!(
            r#"{{"name":"thread_name","ph":"M","pid":1,"tid":{t},"args":{{"name":{}}}}}"#,
            json_str(label)
        ));
        ev.push(format!(r#"{{"name":"thread_sort_index","ph":"M","pid":1,"tid":{t},"args":{{"sort_index":{t}}}}}"#));
    }
    for g in &tl.segments {
        ev.push(format!(
            r#"{{"name":{},"cat":{},"ph":"X","pid":1,"tid":{},"ts":{},"dur":{},"args":{{"detail":{}}}}}"#,
            json_str(g.kind.label()),
            json_str(g.kind.class()),
            g.task,
            us(g.start),
            us((g.end - g.start).max(0.0)),
            json_str(&g.detail)
        ));
    }
    for (i, line) in output.iter().enumerate() {
        let (t, task) = line_times.get(i).copied().unwrap_or((0.0, 0));
        ev.push(format!(
            "{{\"name\":\"print\",\"cat\":\"print\",\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":{task},\
             \"ts\":{},\"args\":{{\"line\":{},\"text\":{}}}}}",
            us(t),
            i,
            json_str(&crate::source::strip_ansi(line))
        ));
    }
    for &(t, size) in &tl.queue {
        ev.push(format!(
            r#"{{"name":"queue size","ph":"C","pid":1,"tid":0,"ts":{},"args":{{"size":{size}}}}}"#,
            us(t)
        ));
    }
    format!(
        "{{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n{}\n]}}\n",
        ev.join(",\n")
    )
}

const SVG_STYLE: &str = "text{font:11px ui-monospace,Menlo,Consolas,monospace;fill:#1d232b}.axis{fill:#5b6470}\
.grid{stroke:#d9dce1}.odd{fill:#f1f2f5}.run{stroke:#1f7a3a;stroke-width:3}.block{fill:url(#x-block);stroke:#b3261e}\
.sleep{fill:url(#x-sleep)}.qget,.qput,.qjoin{fill:url(#x-queue)}.qput{stroke:#8a5a00}\
.await{fill:none;stroke:#9aa0aa;stroke-dasharray:4 2}.ready{fill:#c9ccd3}.ok{fill:#1f7a3a}\
.cancel{fill:#b3261e}.q{fill:#d9a441}";

/// The timeline as a standalone SVG (styles inlined), `width` pixels wide.
pub fn timeline_svg(tl: &Timeline, names: &[String], end: f64, width: f64) -> String {
    let label_w = 180.0;
    let lane = 22.0;
    let axis = 24.0;
    let plot_w = (width - label_w - 30.0).max(100.0);
    let has_q = !tl.queue.is_empty();
    let h = axis + names.len() as f64 * lane + if has_q { 60.0 } else { 10.0 };
    let labels = lane_names(names);
    let x = |t: f64| {
        label_w
            + if end > 0.0 {
                (t / end).clamp(0.0, 1.0) * plot_w
            } else {
                0.0
            }
    };
    let mut o = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{h}\" viewBox=\"0 0 {width} {h}\">\n\
         <style>{SVG_STYLE}</style>\n<defs>\
         <pattern id=\"x-sleep\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" \
         patternTransform=\"rotate(45)\">\
         <rect width=\"6\" height=\"6\" fill=\"#b5c7eb\"/>\
         <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#2d56a8\" stroke-width=\"2\"/></pattern>\
         <pattern id=\"x-queue\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\">\
         <rect width=\"5\" height=\"5\" fill=\"#ecd2a0\"/>\
         <circle cx=\"2.5\" cy=\"2.5\" r=\"1.1\" fill=\"#8a5a00\"/></pattern>\
         <pattern id=\"x-block\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">\
         <rect width=\"6\" height=\"6\" fill=\"#e8a9a5\"/>\
         <path d=\"M0,0 L6,6 M6,0 L0,6\" stroke=\"#b3261e\"/></pattern>\
         </defs>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
    );
    let steps = 8.0;
    for i in 0..=steps as usize {
        let t = end * i as f64 / steps;
        o.push_str(&format!(
            "<line class=\"grid\" x1=\"{0:.1}\" x2=\"{0:.1}\" y1=\"{1}\" y2=\"{h}\"/>\
             <text class=\"axis\" x=\"{0:.1}\" y=\"14\" text-anchor=\"middle\">{2:.2} s</text>\n",
            x(t),
            axis - 4.0,
            t
        ));
    }
    for (t, label) in labels.iter().enumerate() {
        let y = axis + t as f64 * lane;
        if t % 2 == 1 {
            o.push_str(&format!(
                "<rect class=\"odd\" x=\"0\" y=\"{y}\" width=\"{width}\" height=\"{lane}\"/>\n"
            ));
        }
        o.push_str(&format!(
            "<text x=\"6\" y=\"{:.1}\">{}</text>\n",
            y + 15.0,
            xml(label)
        ));
    }
    for g in &tl.segments {
        let y = axis + g.task as f64 * lane;
        let title = format!(
            "<title>{}: {} {:.3}–{:.3} s</title>",
            xml(&labels[g.task]),
            g.kind.label(),
            g.start,
            g.end
        );
        if g.kind == SegKind::Running {
            o.push_str(&format!(
                "<line class=\"run\" x1=\"{0:.2}\" x2=\"{0:.2}\" y1=\"{1}\" y2=\"{2}\">{title}</line>\n",
                x(g.start),
                y + 3.0,
                y + lane - 3.0
            ));
        } else {
            o.push_str(&format!(
                "<rect class=\"{}\" x=\"{:.2}\" y=\"{}\" width=\"{:.2}\" height=\"{}\" rx=\"2\">{title}</rect>\n",
                g.kind.class(),
                x(g.start),
                y + 4.0,
                (x(g.end) - x(g.start)).max(0.0),
                lane - 8.0
            ));
        }
    }
    for (t, st) in tl.tasks.iter().enumerate() {
        if let Some((at, cancelled)) = st.end {
            let y = axis + t as f64 * lane;
            o.push_str(&format!(
                "<text class=\"{}\" x=\"{:.2}\" y=\"{}\" dx=\"3\">{}</text>\n",
                if cancelled { "cancel" } else { "ok" },
                x(at),
                y + 15.0,
                if cancelled { "✕" } else { "✓" }
            ));
        }
    }
    if has_q {
        let base = axis + names.len() as f64 * lane + 52.0;
        let qmax = tl.queue.iter().map(|q| q.1).max().unwrap_or(1).max(1) as f64;
        o.push_str(&format!(
            "<text x=\"6\" y=\"{:.1}\">queue size (max {qmax})</text>\n",
            base - 20.0
        ));
        for (i, &(t, size)) in tl.queue.iter().enumerate() {
            let next = tl.queue.get(i + 1).map(|q| q.0).unwrap_or(end);
            let hh = size as f64 / qmax * 40.0;
            o.push_str(&format!(
                "<rect class=\"q\" x=\"{:.2}\" y=\"{:.2}\" width=\"{:.2}\" height=\"{hh:.2}\"/>\n",
                x(t),
                base - hh,
                (x(next) - x(t)).max(0.0)
            ));
        }
    }
    o.push_str("</svg>\n");
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_str("a\"b\\c\n\u{1b}"), "\"a\\\"b\\\\c\\n\\u001b\"");
        assert_eq!(xml("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}
