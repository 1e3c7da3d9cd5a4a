//! Codegen checks: compile the probes (`probes.rs`, this package's library)
//! in release to assembly and read the bodies of their functions. This
//! proves claims that timing cannot, on a shared machine: a reshape or
//! transpose is free, whatever the array size.
//!
//! The probes build in the nested target directory the UI cases use, so
//! this test can run inside `cargo test`. x86_64 only: the patterns are
//! x86's.

#![cfg(target_arch = "x86_64")]

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

/// The probes' release assembly, built once per test run.
fn assembly() -> &'static str {
    static ASM: OnceLock<String> = OnceLock::new();
    ASM.get_or_init(|| {
        let target = super::nested_target_dir();
        let status = Command::new(env!("CARGO"))
            .args([
                "rustc",
                "--release",
                "--quiet",
                "--offline",
                "-p",
                env!("CARGO_PKG_NAME"),
                "--lib",
                "--",
                "--emit=asm",
            ])
            .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
            .env("CARGO_TARGET_DIR", &target)
            .status()
            .expect("run cargo");
        assert!(status.success(), "building the codegen probes failed");
        let dir = target.join("release").join("deps");
        let file = std::fs::read_dir(&dir)
            .expect("deps dir")
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.extension().is_some_and(|e| e == "s")
                    && p.file_name()
                        .unwrap()
                        .to_string_lossy()
                        .starts_with("shaped_compiler_tests")
            })
            .max_by_key(|p| p.metadata().unwrap().modified().unwrap())
            .expect("an assembly file");
        std::fs::read_to_string(file).unwrap()
    })
}

/// The instructions of function `name`: lines between its label and the end
/// of the function, without directives, labels and comments. LLVM merges
/// identical functions into aliases (`probe_into_t = probe_into_shape`);
/// an alias has the body of the function it names.
fn body(name: &str) -> Vec<String> {
    let asm = assembly();
    let alias = format!("\n{name} = ");
    if let Some(at) = asm.find(&alias) {
        let target = asm[at + alias.len()..].lines().next().unwrap().trim();
        return body(target);
    }
    let start = asm
        .find(&format!("\n{name}:"))
        .unwrap_or_else(|| panic!("{name} not found in the assembly"));
    asm[start..]
        .lines()
        .skip(2)
        .take_while(|l| !l.starts_with(".Lfunc_end") && !l.contains(".cfi_endproc"))
        .map(|l| l.split('#').next().unwrap().trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('.') && !l.ends_with(':'))
        .collect()
}

#[test]
fn borrowed_reshape_and_transpose_return_the_same_pointer() {
    for probe in ["probe_reshape", "probe_reshape_mut", "probe_t"] {
        let body = body(probe);
        assert_eq!(
            body,
            ["movq\t%rdi, %rax", "retq"],
            "{probe} should only return its argument"
        );
    }
}

#[test]
fn owned_reshape_and_transpose_cost_no_more_than_a_move() {
    let moved = body("probe_move");
    assert_eq!(body("probe_into_shape"), moved);
    assert_eq!(body("probe_into_t"), moved);
    assert!(
        moved
            .iter()
            .all(|l| !l.contains("call") || l.contains("memcpy")),
        "{moved:?}"
    );
}

/// Does the body contain a call into a panic (a bounds check, an overflow)?
fn panics(body: &[String]) -> bool {
    body.iter().any(|l| l.contains("panic"))
}

#[test]
fn elementwise_add_is_packed_simd_without_bounds_checks() {
    for probe in ["probe_add", "probe_add_assign"] {
        let body = body(probe);
        assert!(!panics(&body), "{probe} can panic:\n{}", body.join("\n"));
        // Packed single-precision adds (SSE `addps`, AVX `vaddps`).
        assert!(
            body.iter()
                .any(|l| l.starts_with("addps") || l.starts_with("vaddps")),
            "{probe} is not vectorised:\n{}",
            body.join("\n")
        );
        assert!(
            !body
                .iter()
                .any(|l| l.starts_with("addss") || l.starts_with("vaddss")),
            "{probe} has scalar adds"
        );
    }
}

#[test]
fn matmul_4x4_is_fully_unrolled() {
    let body = body("probe_matmul4");
    assert!(!panics(&body), "probe_matmul4 can panic");
    let jumps: Vec<_> = body.iter().filter(|l| l.starts_with('j')).collect();
    assert!(jumps.is_empty(), "probe_matmul4 has a loop: {jumps:?}");
    assert!(
        body.iter()
            .any(|l| l.contains("mulps") || l.contains("fmadd")),
        "no packed multiplies"
    );
}

/// `einsum!("ij,jk->ik")` runs `matmul`'s kernel: the same packed
/// arithmetic, no loop, no call, and within a few instructions of it (the
/// operands are read through the macro's accessors, one of which LLVM
/// copies to the stack first).
#[test]
fn einsum_matrix_product_is_matmuls_code() {
    let (m, e) = (body("probe_matmul4"), body("probe_einsum_matmul4"));
    let count = |b: &[String], op: &str| b.iter().filter(|l| l.starts_with(op)).count();
    for op in ["mulps", "addps"] {
        assert_eq!(
            count(&m, op),
            count(&e, op),
            "{op}: matmul and einsum differ"
        );
    }
    assert!(
        !e.iter()
            .any(|l| l.starts_with('j') || l.starts_with("call")),
        "einsum has a branch or a call"
    );
    assert!(
        e.len() <= m.len() + m.len() / 10,
        "einsum: {} instructions, matmul: {}",
        e.len(),
        m.len()
    );
}

#[test]
fn small_determinants_have_no_loop_and_no_call() {
    for probe in ["probe_det3", "probe_det4"] {
        let body = body(probe);
        let jumps: Vec<_> = body.iter().filter(|l| l.starts_with('j')).collect();
        assert!(
            jumps.is_empty(),
            "{probe} has a branch or a loop: {jumps:?}"
        );
        let calls: Vec<_> = body.iter().filter(|l| l.starts_with("call")).collect();
        assert!(calls.is_empty(), "{probe} calls out: {calls:?}");
        assert!(
            body.iter().any(|l| l.contains("mul")),
            "{probe} multiplies nothing"
        );
    }
}

/// The functions `name` calls directly, by symbol.
fn callees(name: &str) -> Vec<String> {
    body(name)
        .iter()
        .filter_map(|l| {
            l.strip_prefix("callq\t")
                .or_else(|| l.strip_prefix("jmp\t"))
        })
        .filter(|target| !target.starts_with('.') && !target.starts_with('*'))
        .map(|target| target.split('@').next().unwrap().to_string())
        .collect()
}

/// Long loops dispatch at run time to a copy compiled for AVX-512F: that
/// copy must hold the whole loop (the closure inlined, so `zmm` arithmetic
/// and no call), or the dispatch buys nothing.
#[test]
fn long_loops_dispatch_to_avx512_code() {
    for (probe, ops) in [
        ("probe_triad", ["vmulpd", "vaddpd"]),
        ("probe_add_assign_wide", ["vaddps", "vaddps"]),
    ] {
        let wide: Vec<_> = callees(probe)
            .into_iter()
            .filter(|f| f.contains("avx512"))
            .collect();
        assert_eq!(wide.len(), 1, "{probe} calls {:?}", callees(probe));
        let body = body(&wide[0]);
        assert!(!panics(&body), "{probe}'s AVX-512 loop can panic");
        assert!(
            !body.iter().any(|l| l.starts_with("call")),
            "{probe}'s AVX-512 copy calls out instead of holding the loop:\n{}",
            body.join("\n")
        );
        for op in ops {
            assert!(
                body.iter().any(|l| l.starts_with(op) && l.contains("%zmm")),
                "{probe}'s AVX-512 copy has no packed {op} on zmm:\n{}",
                body.join("\n")
            );
        }
    }
}

/// A loop over a slicing view is the loop a person writes over the strided
/// data: `canvas[:, :, 0] = 255` stores one byte every 3, with no call (no
/// bounds-check panic), as the hand-written loop does.
#[test]
fn view_loops_are_plain_strided_loops() {
    for probe in ["probe_view_fill", "probe_loop_fill"] {
        let body = body(probe);
        assert!(
            !body
                .iter()
                .any(|l| l.starts_with("call") || l.starts_with("ud2")),
            "{probe}: {body:#?}"
        );
        let stores: Vec<&String> = body
            .iter()
            .filter(|l| l.starts_with("movb\t$-1,"))
            .collect();
        assert!(
            stores.len() >= 2,
            "{probe} stores 255 byte by byte: {body:#?}"
        );
    }
    // The view's unrolled stores are 3 bytes apart, as the pixels are.
    let view = body("probe_view_fill");
    let offsets: Vec<i64> = view
        .iter()
        .filter_map(|l| l.strip_prefix("movb\t$-1, "))
        .map(|operand| {
            operand
                .split('(')
                .next()
                .unwrap()
                .parse::<i64>()
                .unwrap_or(0)
        })
        .collect();
    assert!(
        offsets.windows(2).all(|w| w[1] - w[0] == 3),
        "{offsets:?} in {view:#?}"
    );
    // A column sum of a 64x64 view is 64 loads 512 bytes apart: unrolled,
    // no loop, no call.
    let sum = body("probe_view_column_sum");
    assert!(
        sum.iter()
            .all(|l| l.starts_with("addq") || l.starts_with("movq") || l == "retq"),
        "{sum:#?}"
    );
    assert_eq!(sum.iter().filter(|l| l.starts_with("addq")).count(), 63);
}
