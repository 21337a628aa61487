#!/usr/bin/python3
"""Prints a page to PDF in WebKit (WebKitGTK 4.1, through its GObject bindings), as Safari's
engine prints it: the nearest WebKit comes to a "print to PDF" command here, since
WebKitWebDriver has no print command. Used by the smoke suite's print checks
(tests/smoke/print.test.mjs); needs an X display (the suite starts Xvfb).

Usage: webkit-print.py URL OUT.pdf [SELECTOR]
Loads URL, waits (up to 30 s) until SELECTOR (default #main-heading) is in the page, prints
every page to OUT.pdf on A4 and exits 0; exits 1 with a message on failure or timeout.
"""
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

TIMEOUT_MS = 30_000
POLL_MS = 100
status = {"code": 0}


def fail(message):
    print(f"webkit-print: {message}", file=sys.stderr)
    status["code"] = 1
    Gtk.main_quit()


def print_to(view, out):
    settings = Gtk.PrintSettings()
    settings.set_printer("Print to File")
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf")
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_URI, GLib.filename_to_uri(out))
    page_setup = Gtk.PageSetup()
    page_setup.set_paper_size(Gtk.PaperSize.new(Gtk.PAPER_NAME_A4))
    operation = WebKit2.PrintOperation.new(view)
    operation.set_print_settings(settings)
    operation.set_page_setup(page_setup)
    operation.connect("finished", lambda *_: Gtk.main_quit())
    operation.connect("failed", lambda _, error: fail(f"printing failed: {error}"))
    operation.print_()


def main():
    url, out = sys.argv[1], sys.argv[2]
    selector = sys.argv[3] if len(sys.argv) > 3 else "#main-heading"
    view = WebKit2.WebView()
    window = Gtk.OffscreenWindow()
    # An iPad's window (1024 by 768), as a page is printed from a browser's window: unsized,
    # the offscreen window lays the page out at 1 pixel wide.
    window.set_default_size(1024, 768)
    window.add(view)
    window.show_all()
    waited = {"ms": 0}

    def checked(_, result):
        try:
            found = view.evaluate_javascript_finish(result).to_boolean()
        except GLib.Error as error:
            return fail(f"script failed: {error}")
        if found:
            print_to(view, out)
        elif waited["ms"] >= TIMEOUT_MS:
            fail(f"{selector} never appeared in {url}")
        else:
            waited["ms"] += POLL_MS
            GLib.timeout_add(POLL_MS, check)

    def check():
        script = f"document.querySelector({selector!r}) !== null"
        view.evaluate_javascript(script, -1, None, None, None, checked)
        return False

    view.connect("load-changed", lambda _, event: event == WebKit2.LoadEvent.FINISHED and check())
    view.load_uri(url)
    Gtk.main()
    sys.exit(status["code"])


if __name__ == "__main__":
    main()
