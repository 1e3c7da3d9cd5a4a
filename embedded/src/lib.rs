//! The bare-metal runtime of the firmware programs: a panic handler and a
//! hard-fault handler that report over semihosting and end QEMU with a
//! failure status, and `exit`. On the host this crate is empty.
#![no_std]

#[cfg(target_os = "none")]
pub use cortex_m_rt::entry;
#[cfg(target_os = "none")]
pub use cortex_m_semihosting::hprintln;

/// Ends the program, and QEMU with it: status 0 when `ok`, 1 otherwise.
#[cfg(target_os = "none")]
pub fn exit(ok: bool) -> ! {
    use cortex_m_semihosting::debug;
    debug::exit(if ok {
        debug::EXIT_SUCCESS
    } else {
        debug::EXIT_FAILURE
    });
    // QEMU has stopped; real hardware without a debugger waits here.
    loop {
        cortex_m::asm::wfi();
    }
}

#[cfg(target_os = "none")]
#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    hprintln!("panic: {}", info);
    exit(false)
}

/// A hard fault (a bad memory access, an invalid instruction) prints where
/// it happened and fails the run.
#[cfg(target_os = "none")]
#[cortex_m_rt::exception]
unsafe fn HardFault(frame: &cortex_m_rt::ExceptionFrame) -> ! {
    hprintln!("hard fault at pc {:#010x}", frame.pc());
    exit(false)
}
