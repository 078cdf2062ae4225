//! Geometry for the results charts, kept out of the UI so it is tested natively.
//!
//! The UI only turns these numbers into SVG attributes. Coordinates are SVG user
//! units: y grows downwards.

/// A point in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// Where axis `i` of `n` points, at `fraction` of `radius` from `centre`.
/// The first axis points straight up and the rest follow clockwise, as people
/// read a clock face.
pub fn axis_point(centre: Point, radius: f32, n: usize, i: usize, fraction: f32) -> Point {
    let angle = std::f32::consts::TAU * i as f32 / n.max(1) as f32;
    Point { x: centre.x + radius * fraction * angle.sin(), y: centre.y - radius * fraction * angle.cos() }
}

/// The radar polygon for each dimension's reach (a level, with the way to the next one
/// as a fraction) on a scale of `0..=max`.
pub fn radar(centre: Point, radius: f32, reach: &[f32], max: u8) -> Vec<Point> {
    let n = reach.len();
    let max = f32::from(max.max(1));
    reach.iter().enumerate().map(|(i, &r)| axis_point(centre, radius, n, i, within(r, max) / max)).collect()
}

/// `value` kept within `0..=max` (a NaN becomes 0). Not `f32::clamp`: its check of
/// its bounds formats floats when it fails, and that would add Rust's whole float
/// formatting to the page for the sake of a chart.
pub fn within(value: f32, max: f32) -> f32 {
    value.max(0.0).min(max)
}

/// A grid ring through every axis at `fraction` of the radius.
pub fn ring(centre: Point, radius: f32, n: usize, fraction: f32) -> Vec<Point> {
    (0..n).map(|i| axis_point(centre, radius, n, i, fraction)).collect()
}

/// How a label beside `point` lines up, so it grows away from the chart: to the right
/// of axes on the right, to the left on the left, centred at the top and bottom.
pub fn anchor(point: Point, centre: Point) -> &'static str {
    let dx = point.x - centre.x;
    if dx.abs() < 1.0 {
        "middle"
    } else if dx > 0.0 {
        "start"
    } else {
        "end"
    }
}

/// The sides of an outline whose points may be missing (a dimension without an
/// ambition): only neighbours that both exist are joined, the last to the first too.
pub fn joined_neighbours(points: &[Option<Point>]) -> Vec<(Point, Point)> {
    if points.len() < 2 {
        return Vec::new();
    }
    (0..points.len())
        .filter_map(|i| Some((points[i]?, points[(i + 1) % points.len()]?)))
        .filter(|(a, b)| a != b)
        .collect()
}

/// A line chart of `values` (0..=max) over a `width` × `height` box with `pad` inside
/// it; points are spread evenly left to right. One value sits in the middle.
pub fn line(values: &[u8], max: u8, width: f32, height: f32, pad: f32) -> Vec<Point> {
    let inner_w = (width - 2.0 * pad).max(0.0);
    let inner_h = (height - 2.0 * pad).max(0.0);
    let step = if values.len() > 1 { inner_w / (values.len() - 1) as f32 } else { 0.0 };
    values
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            let x = if values.len() > 1 { pad + step * i as f32 } else { width / 2.0 };
            let y = pad + inner_h * (1.0 - f32::from(v.min(max)) / f32::from(max.max(1)));
            Point { x, y }
        })
        .collect()
}

/// The SVG `points` attribute for a polyline or polygon, to one decimal.
pub fn points_attr(points: &[Point]) -> String {
    let parts: Vec<String> = points.iter().map(|p| format!("{},{}", number(p.x), number(p.y))).collect();
    parts.join(" ")
}

/// A coordinate for an SVG attribute, to one decimal ("160", "20.5", "-3.1"). Written
/// with integer formatting: Rust's float formatting would add its whole algorithm to
/// the page for the sake of a chart.
pub fn number(value: f32) -> String {
    let tenths = (value * 10.0).round() as i32;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const C: Point = Point { x: 100.0, y: 100.0 };

    fn close(a: Point, b: Point) -> bool {
        (a.x - b.x).abs() < 0.01 && (a.y - b.y).abs() < 0.01
    }

    #[test]
    fn full_level_reaches_the_rim_and_zero_stays_at_the_centre() {
        let poly = radar(C, 80.0, &[4.0, 0.0, 4.0, 2.0], 4);
        assert!(close(poly[0], Point { x: 100.0, y: 20.0 }), "first axis points up: {:?}", poly[0]);
        assert!(close(poly[1], C), "level 0 is the centre");
        assert!(close(poly[2], Point { x: 100.0, y: 180.0 }), "third of four axes points down");
        assert!(close(poly[3], Point { x: 60.0, y: 100.0 }), "half level, fourth axis points left");
    }

    #[test]
    fn labels_grow_away_from_the_chart() {
        let top = axis_point(C, 80.0, 4, 0, 1.1);
        assert_eq!((anchor(top, C), anchor(axis_point(C, 80.0, 4, 1, 1.1), C)), ("middle", "start"));
        assert_eq!(anchor(axis_point(C, 80.0, 4, 3, 1.1), C), "end");
    }

    #[test]
    fn an_outline_skips_the_sides_next_to_a_missing_point() {
        let p = |x: f32| Some(Point { x, y: 0.0 });
        let sides = joined_neighbours(&[p(1.0), p(2.0), None, p(4.0)]);
        let xs: Vec<_> = sides.iter().map(|(a, b)| (a.x, b.x)).collect();
        assert_eq!(xs, [(1.0, 2.0), (4.0, 1.0)]);
        assert!(joined_neighbours(&[p(1.0)]).is_empty());
    }

    #[test]
    fn levels_above_the_scale_are_clamped() {
        assert_eq!(radar(C, 80.0, &[9.0], 4), radar(C, 80.0, &[4.0], 4));
        assert_eq!(radar(C, 80.0, &[-1.0], 4), radar(C, 80.0, &[0.0], 4));
    }

    #[test]
    fn line_chart_spans_the_box_and_inverts_y() {
        let pts = line(&[0, 100, 50], 100, 200.0, 100.0, 10.0);
        assert!(close(pts[0], Point { x: 10.0, y: 90.0 }));
        assert!(close(pts[1], Point { x: 100.0, y: 10.0 }));
        assert!(close(pts[2], Point { x: 190.0, y: 50.0 }));
        assert_eq!(line(&[40], 100, 200.0, 100.0, 10.0)[0].x, 100.0, "a single snapshot sits in the middle");
        assert!(line(&[], 100, 200.0, 100.0, 10.0).is_empty());
    }

    #[test]
    fn points_attribute_is_svg_ready() {
        assert_eq!(points_attr(&[Point { x: 1.0, y: 2.25 }, Point { x: 3.0, y: 4.04 }]), "1,2.3 3,4");
    }

    #[test]
    fn numbers_keep_one_decimal_and_their_sign() {
        let written: Vec<String> = [160.0, 20.46, -3.12, -0.04, 0.96, 99.95].into_iter().map(number).collect();
        assert_eq!(written, ["160", "20.5", "-3.1", "0", "1", "100"]);
    }
}
