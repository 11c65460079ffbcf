//! Bad input never panics: URL queries, CLI arguments and lesson parameters,
//! generated at random (proptest).

use playground_engine::cli::parse;
use playground_engine::lessons::Kind;
use playground_engine::settings::{Settings, Speed, MAX_SPEED, MIN_SPEED};
use proptest::prelude::*;

fn in_range(s: &Settings) -> bool {
    let p = &s.params;
    s.lesson.specs().iter().all(|spec| match &spec.kind {
        Kind::Int { min, max, .. } => {
            let v: i64 = p.get(spec.name).parse().unwrap();
            *min <= v && v <= *max
        }
        Kind::Float { min, max, .. } => (*min..=*max).contains(&p.float(spec.name)),
        Kind::IntList {
            min_len,
            max_len,
            min,
            max,
            ..
        } => {
            let v = p.int_list(spec.name);
            (*min_len..=*max_len).contains(&v.len()) && v.iter().all(|a| min <= a && a <= max)
        }
        Kind::Seed { .. } => true,
        Kind::Ops {
            max_len, min, max, ..
        } => {
            let v = p.ops(spec.name);
            (1..=*max_len).contains(&v.len())
                && v[0].is_none()
                && v.iter().flatten().all(|x| min <= x && x <= max)
        }
        Kind::Choice { options, .. } => options.contains(&p.get(spec.name).as_str()),
    }) && match s.speed {
        Speed::Instant => true,
        Speed::Factor(f) => (MIN_SPEED..=MAX_SPEED).contains(&f),
    }
}

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("lesson".to_string()),
        Just("seed".to_string()),
        Just("nprod".to_string()),
        Just("ncon".to_string()),
        Just("maxsize".to_string()),
        Just("args".to_string()),
        Just("delay".to_string()),
        Just("calls".to_string()),
        Just("ops".to_string()),
        Just("work".to_string()),
        Just("cpu".to_string()),
        Just("next,3,next".to_string()),
        Just("generator".to_string()),
        Just("speed".to_string()),
        Just("clock".to_string()),
        Just("asyncq".to_string()),
        Just("chained".to_string()),
        Just("-1e309".to_string()),
        Just("NaN".to_string()),
        Just("instant".to_string()),
        Just("99999999999999999999999999".to_string()),
        "[0-9-]{1,30}",
        "\\PC{0,12}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_query_gives_valid_settings(pairs in prop::collection::vec((token(), token()), 0..12), junk in "\\PC{0,40}") {
        let mut q: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        q.push(junk);
        let (s, _notes) = Settings::from_query(&q.join("&"));
        prop_assert!(in_range(&s));
        let (again, notes) = Settings::from_query(&s.to_query());
        prop_assert!(notes.is_empty(), "{:?}", notes);
        prop_assert_eq!(again, s);
    }

    #[test]
    fn any_cli_arguments_parse_or_fail_cleanly(args in prop::collection::vec(prop_oneof![
        token(), Just("-p".to_string()), Just("-c".to_string()), Just("--timestamps".to_string()),
        Just("--seed".to_string()), Just("--maxsize".to_string()), Just("--python".to_string()),
        Just("countasync".to_string()), Just("rand".to_string()), Just("--calls=7".to_string()),
    ], 0..10)) {
        if let Ok(cli) = parse(&args) {
            let s = Settings { lesson: cli.lesson, params: cli.params, ..Settings::default() };
            prop_assert!(in_range(&s));
        }
    }
}
