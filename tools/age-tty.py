#!/usr/bin/env python3
"""Runs a command in a pseudo-terminal and types a passphrase at each passphrase prompt.

The age CLI reads passphrases only from a terminal, never from a pipe; the interoperability
tests (core/tests/age_interop.rs) drive it with this. The passphrase comes from the
environment, so it appears in no command line:

    AGE_TTY_PASSPHRASE='...' tools/age-tty.py [--timeout SECONDS] -- age -p -o out.age in.json

Give age its input and output as file arguments: the terminal carries only the prompts.
Exit status: the command's own; 124 if it ran past the timeout (it is then killed); 125 if
it asked for the passphrase more than four times; 127 if it could not be started; 2 for a
usage error. On any failure the terminal transcript goes to standard error, with the
passphrase blanked out wherever it appears (age turns echo off, but a command that does not
would show it).
"""

import os
import pty
import re
import select
import signal
import sys
import time

PROMPT = re.compile(rb"passphrase[^\n]*:\s*$", re.IGNORECASE)
MAX_ANSWERS = 4


def usage(message):
    sys.stderr.write(f"age-tty.py: {message}\n{__doc__}")
    return 2


def blanked(transcript, passphrase):
    """The transcript with every appearance of the passphrase replaced."""
    return transcript.replace(passphrase.encode(), b"[passphrase]") if passphrase else transcript


def main(argv):
    args = argv[1:]
    timeout = 60.0
    if args[:1] == ["--timeout"]:
        if len(args) < 2:
            return usage("--timeout needs a number of seconds")
        try:
            timeout = float(args[1])
        except ValueError:
            return usage(f"--timeout {args[1]!r} is not a number")
        args = args[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        return usage("no command given")
    passphrase = os.environ.get("AGE_TTY_PASSPHRASE")
    if passphrase is None:
        return usage("set AGE_TTY_PASSPHRASE")

    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execvp(args[0], args)
        except OSError as err:
            os.write(2, f"age-tty.py: cannot run {args[0]}: {err}\n".encode())
        os._exit(127)

    deadline = time.monotonic() + timeout
    transcript = b""
    pending = b""  # output since the last answer
    answers = 0
    status = None
    problem = None
    while status is None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            problem = (124, f"timed out after {timeout:g} s")
            break
        ready, _, _ = select.select([fd], [], [], min(remaining, 0.2))
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the command closed the terminal
                chunk = b""
            if chunk:
                transcript += chunk
                pending += chunk
                if PROMPT.search(pending):
                    answers += 1
                    if answers > MAX_ANSWERS:
                        problem = (125, "asked for the passphrase too many times")
                        break
                    os.write(fd, passphrase.encode() + b"\r")
                    pending = b""
                continue
        done, code = os.waitpid(pid, os.WNOHANG)
        if done:
            status = code
        elif not ready:
            continue
        else:
            # End of output but still running: wait for it, within the deadline.
            time.sleep(0.05)

    if problem is not None:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except OSError:
            pass
        os.close(fd)
        sys.stderr.write(f"age-tty.py: {' '.join(args)}: {problem[1]}\n")
        sys.stderr.buffer.write(blanked(transcript, passphrase) + b"\n")
        return problem[0]

    os.close(fd)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.stderr.write(f"age-tty.py: {' '.join(args)} exited with {code}\n")
        sys.stderr.buffer.write(blanked(transcript, passphrase) + b"\n")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
