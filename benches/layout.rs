//! Layout quality and speed over the seed schemas, the chatbot and generated schemas of 30 and 100
//! tables: prints overlaps, edge–entity intersections, crossings, total edge length, drawing area and
//! the median layout time. Run with `cargo bench --bench layout` (release build). Figures only: the
//! invariants themselves are asserted by the tests.

use ormplay::diagram::{DiagramModel, LayoutOptions, layout, metrics, render_svg, sample};
use std::time::{Duration, Instant};

const RUNS: usize = 31;

fn median_time(model: &DiagramModel, options: &LayoutOptions) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(layout(std::hint::black_box(model), options));
            start.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn main() {
    let schemas: Vec<(&str, DiagramModel)> = vec![
        ("seed parent/child", sample::parent_child()),
        ("seed medical", sample::medical()),
        ("chatbot", sample::chatbot()),
        ("generated 30", sample::generated(30, 1)),
        ("generated 100", sample::generated(100, 2)),
    ];
    println!(
        "{:<20} {:>6} {:>6} {:>8} {:>8} {:>9} {:>10} {:>12} {:>10} {:>10}",
        "schema", "tables", "edges", "overlaps", "through", "crossings", "edge len", "area", "w x h", "layout"
    );
    for collapse in [false, true] {
        if collapse {
            println!("-- many-to-many collapsed to one M:N line --");
        }
        let options = LayoutOptions { collapse_many_to_many: collapse, ..LayoutOptions::default() };
        for (name, model) in &schemas {
            let l = layout(model, &options);
            let m = metrics::measure(&l);
            let time = median_time(model, &options);
            println!(
                "{:<20} {:>6} {:>6} {:>8} {:>8} {:>9} {:>10.0} {:>12.0} {:>10} {:>8.2}ms",
                name,
                model.entities.len(),
                model.edges.len(),
                m.overlaps,
                m.intersections,
                m.crossings,
                m.edge_length,
                m.area,
                format!("{:.0}x{:.0}", m.width, m.height),
                time.as_secs_f64() * 1000.0
            );
        }
    }
    let model = sample::generated(100, 2);
    let l = layout(&model, &LayoutOptions::default());
    let start = Instant::now();
    let svg = render_svg(&model, &l, &Default::default());
    println!("svg of generated 100: {} bytes in {:.2}ms", svg.len(), start.elapsed().as_secs_f64() * 1000.0);
}
