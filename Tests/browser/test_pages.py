#!/usr/bin/env python3
"""Browser test of the web UI in headless Chromium (Debian's chromium and chromium-driver, Selenium from PyPI).

Starts `chancery serve` on a temporary store filled from Examples/, then in a real browser: loads every page, applies a
filter, follows an event to its evidence and document, opens the map and a country on it, opens a dyad, saves a
watchlist and finds its events in the watchlist's Atom feed. Fails on any browser console error and on a page wider
than a phone's screen. Usage: Tests/browser/test_pages.py [CHANCERY-BINARY]   (default .build/debug/chancery)
Without chromium it skips (exit 0), except under CI=true, where it fails.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKEN = "browser-test-token"
ATOM = "{http://www.w3.org/2005/Atom}"


def fail(message):
    print(f"browser test FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def find_browser():
    """Paths of chromium and chromedriver, or a reason they are missing."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        return None, None, "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return None, None, "selenium is not installed (pip install selenium)"
    return chromium, driver, None


def start_server(binary, folder):
    """Ingests Examples/ and serves it on a free port; returns the process and its base URL."""
    store = os.path.join(folder, "examples.sqlite")
    subprocess.run([binary, "ingest", os.path.join(ROOT, "Examples"), "--store", store], check=True, capture_output=True)
    log = open(os.path.join(folder, "serve.log"), "w+")
    server = subprocess.Popen([binary, "serve", "--store", store, "--port", "0", "--token", TOKEN], stderr=log, stdout=log)
    for _ in range(100):
        log.seek(0)
        m = re.search(r"at (http://127\.0\.0\.1:\d+)/", log.read())
        if m:
            return server, m.group(1)
        if server.poll() is not None:
            break
        time.sleep(0.1)
    log.seek(0)
    fail(f"chancery serve did not start: {log.read()}")


class Browser:
    """A headless Chromium that checks the console after every step."""

    def __init__(self, chromium, driver_path, base):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"]:
            options.add_argument(arg)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
        self.base = base
        self.steps = 0

    def check_console(self, where):
        errors = [e for e in self.driver.get_log("browser") if e.get("level") == "SEVERE"]
        if errors:
            fail(f"console errors on {where}: {errors}")
        self.steps += 1

    def open(self, path):
        self.driver.get(self.base + path)
        self.check_console(path)
        return self.driver

    def css(self, selector):
        from selenium.webdriver.common.by import By

        found = self.driver.find_elements(By.CSS_SELECTOR, selector)
        if not found:
            fail(f"{self.driver.current_url}: nothing matches {selector}")
        return found

    def click(self, selector, index=0):
        """Clicks a link or button and waits for the page it leads to (a click returns before the navigation ends)."""
        from selenium.webdriver.support.ui import WebDriverWait

        element = self.css(selector)[index]
        href = element.get_attribute("href")
        before = self.driver.current_url
        try:
            element.click()
        except Exception:  # an SVG link under another shape: click it the way a script would
            self.driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", element)
        try:
            WebDriverWait(self.driver, 10).until(
                lambda d: d.current_url != before and d.execute_script("return document.readyState") == "complete")
        except Exception:
            fail(f"clicking {selector} ({href}) on {before} led nowhere")
        self.check_console(f"{selector} → {href}")

    def path(self):
        return self.driver.current_url[len(self.base):]


def run(chromium, driver_path, base):
    b = Browser(chromium, driver_path, base)
    d = b.driver
    try:
        # Every page loads without a console error, at desktop and phone width, none wider than the window.
        event_id = json.load(urllib.request.urlopen(base + "/api/events?sort=mentions&limit=1"))["events"][0]["id"]
        pages = ["/", "/map", "/dyads?a=USA&b=RUS", "/watch", "/paste", f"/events/{event_id}", "/?scope=international"]
        for width, height in [(1280, 900), (390, 844)]:
            d.set_window_size(width, height)
            for page in pages:
                b.open(page)
                if "Chancery" not in d.title:
                    fail(f"{page}: title {d.title!r}")
                overflow = d.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
                if overflow > 2:
                    fail(f"{page} at {width}px is {overflow}px wider than the window")
        d.set_window_size(1280, 900)

        # A filter from the form lands in the URL, and the URL alone gives the same view.
        b.open("/")
        box = b.css("form.filters input[name=country]")[0]
        box.send_keys("USA")
        b.click("form.filters button[type=submit]")
        if "country=USA" not in b.path():
            fail(f"the filter is not in the URL: {b.path()}")
        rows = len(b.css("table tbody tr"))
        b.open(b.path())
        if len(b.css("table tbody tr")) != rows:
            fail("reloading the filtered URL gave another list")

        # An event, its evidence, and the document it came from.
        b.click("table tbody tr td a[href^='/events/']")
        if not b.css("blockquote mark.source"):
            fail("the event page shows no evidence with its source marked")
        b.click("section h2 a[href^='/documents/']")
        if not b.css(".doc-text span.evidence"):
            fail("the document page does not mark the evidence")

        # The map: a shaded country opens the events located there.
        b.open("/map")
        b.css("svg.map path")
        b.css("svg.map a.place circle")
        b.click("svg.map a.country")
        if "location=" not in b.path() or not b.css("table tbody tr"):
            fail(f"a country on the map did not open its events: {b.path()}")

        # A dyad from the index's country pairs.
        b.open("/")
        b.click("a[href^='/dyads?']")
        if not b.path().startswith("/dyads?") or not b.css("svg rect") or not b.css("table tbody tr"):
            fail(f"the dyad view shows no chart or events: {b.path()}")

        # A watchlist saved from a filtered view, then its events in the feed.
        b.open("/?country=USA")
        b.click("a[href^='/watch?']")
        b.css("form[action='/watch'] input[name=name]")[0].send_keys("usa-desk")
        b.css("form[action='/watch'] input[name=token]")[0].send_keys(TOKEN)
        b.click("form[action='/watch'] button[type=submit]")
        if b.path() != "/watch/usa-desk":
            fail(f"saving the watchlist led to {b.path()}")
        b.open("/watch")
        if "usa-desk" not in d.page_source:
            fail("the saved watchlist is not listed on /watch")
        feed = ET.fromstring(urllib.request.urlopen(base + "/watch/usa-desk.atom").read())
        entries = feed.findall(f"{ATOM}entry")
        if not entries or not all("USA" in urllib.request.urlopen(e.find(f"{ATOM}link").get("href").replace("/events/", "/api/events/")).read().decode()
                                  for e in entries):
            fail(f"the feed holds {len(entries)} entries, not the watchlist's USA events")
        b.open("/watch/usa-desk.atom")
    finally:
        d.quit()
    print(f"browser test passed: {b.steps} steps in headless Chromium, no console errors")


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/chancery")
    chromium, driver_path, missing = find_browser()
    if missing:
        if os.environ.get("CI") == "true":
            fail(missing)
        print(f"browser test skipped: {missing}")
        return
    if not os.access(binary, os.X_OK):
        fail(f"no chancery binary at {binary}: swift build --product chancery")
    folder = tempfile.mkdtemp(prefix="chancery-browser-")
    server, base = start_server(binary, folder)
    try:
        run(chromium, driver_path, base)
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
