<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BenchCommand</name>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="99"/>
        <source>Pack</source>
        <extracomment>Row by row, two to a row: the most used first. Narrowest module printed (paper, a packer&apos;s arm&apos;s length); widest wanted. Modules are k/600 inch: a whole number of dots at 300, 600 and 1200 dpi.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="100"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="101"/>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="102"/>
        <source>Undo last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="103"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="104"/>
        <source>Next package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="105"/>
        <source>Print label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="106"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="107"/>
        <source>OK (acknowledge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="108"/>
        <source>Packed today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchItemsModel</name>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="61"/>
        <source>Product</source>
        <extracomment>The address of the product&apos;s photo (image column). A product photo arrived: its address (the bench repaints what shows it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="62"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="63"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="64"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="65"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="66"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="69"/>
        <source>✔ Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="70"/>
        <source>Scan it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="71"/>
        <source>Not to be packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="73"/>
        <source>Not scanned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchScreen</name>
    <message>
        <location filename="../instore_app/ui/bench_screen.py" line="311"/>
        <source>Tick the missing items first (Space).</source>
        <extracomment>Print through the print dialog (another printer, copies...); F10 prints without one. A package is on the bench (its session may still be reading): package id. The station finished a package: package id, &quot;pack&quot; / &quot;refuse&quot; / &quot;out_of_stock&quot;. A package&apos;s label (or packing slip) is ready: package id. The bench shows another package (or None: back to the list). Show the &quot;Packed today&quot; page. The OMS wants a new sign-in. Something to say on the list page (None: clear it). The journal fails (message) or works again (None).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_screen.py" line="317"/>
        <source>“%1” is not possible while this question is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="154"/>
        <location filename="../instore_app/labels/command_sheet.py" line="262"/>
        <source>Packing station — command barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="270"/>
        <source>Scan a barcode instead of pressing its key. Print this page at actual size (100 %), not “fit to page”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="301"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../instore_app/ui/tasks.py" line="21"/>
        <source>Something went wrong (%1). The details are in the log file; the app keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresStrip</name>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="49"/>
        <source>Today at this station</source>
        <extracomment>Debounces :meth:`refresh_soon`: a burst of scans costs one read of the journal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="74"/>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="74"/>
        <source>Packages packed at this station today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="77"/>
        <source>Items scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="77"/>
        <source>Items confirmed by a scan today (undone ones included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="80"/>
        <source>Wrong scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="80"/>
        <source>Scans that turned the screen red today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="83"/>
        <source>Median per package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="84"/>
        <source>Median time from opening a package to packing it today (minutes:seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="87"/>
        <location filename="../instore_app/ui/figures_strip.py" line="123"/>
        <source>From this PC&apos;s journal, since midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="114"/>
        <source>Scans are not saved on this PC, so there are no figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="121"/>
        <source>The figures cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelPrinting</name>
    <message>
        <location filename="../instore_app/labels/output.py" line="50"/>
        <source>the printer “%1” is not found on this PC. Choose the printer in Settings (Ctrl+,), or start the app with --printer NAME. The label is saved as a PDF file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/output.py" line="55"/>
        <source>no label printer is chosen on this PC. Choose the printer in Settings (Ctrl+,), or start the app with --printer NAME. The label is saved as a PDF file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/output.py" line="92"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/printing.py" line="67"/>
        <source>Shipping label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/printing.py" line="146"/>
        <source>Print label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/printing.py" line="197"/>
        <source>The label was not printed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/printing.py" line="198"/>
        <source>Label not printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelView</name>
    <message>
        <location filename="../instore_app/labels/view.py" line="74"/>
        <location filename="../instore_app/labels/view.py" line="78"/>
        <source>The label could not be shown: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/view.py" line="82"/>
        <source>page 1 of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/view.py" line="133"/>
        <source>Shipping label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="133"/>
        <source>Packing station</source>
        <extracomment>While the OMS can&apos;t be reached, the list is retried this often (so the banner clears soon). The window&apos;s keys for bench commands (Enter, which acknowledges, comes from the scan field). Emitted after each list refresh has been applied (for tests and benchmarks). A package&apos;s detail is shown in the list page. A package is open on the bench. A command finished and the bench shows its result: package id, action name. A label or packing slip is on screen: package id. A sound was asked for: &quot;ok&quot;, &quot;error&quot;, &quot;complete&quot; or &quot;label&quot; (also when sound is off). The station signed in again (after a 401) and got this token.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="223"/>
        <source>Filter by package or order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="228"/>
        <source>Filter (Ctrl+F, F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="234"/>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="236"/>
        <source>Reload the list from the OMS (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="238"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="240"/>
        <source>The OMS, this store, the printer and the scanner (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="243"/>
        <location filename="../instore_app/ui/main_window.py" line="526"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="245"/>
        <source>Open (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="246"/>
        <source>Open the selected package on the bench (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="251"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="263"/>
        <source>Scan a package number, or choose a package and press Enter, to start packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="290"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="302"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="329"/>
        <source>No package matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="345"/>
        <source>%1 packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="347"/>
        <source>%1 of %2 packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="350"/>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="376"/>
        <location filename="../instore_app/ui/main_window.py" line="393"/>
        <source>Loading package %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="457"/>
        <source>Scans are not being saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="482"/>
        <source>The package could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="507"/>
        <source>Last updated at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="509"/>
        <source>The list has not been loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="514"/>
        <source>Offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="517"/>
        <source>Scanning into the open package still works; packing waits until you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="527"/>
        <source>Packing station %1
For stores that fulfil online orders through Akinon OMS.
OMS: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="544"/>
        <source>Settings saved: they apply when the app starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="553"/>
        <source>The OMS did not accept that. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../instore_app/ui/notes.py" line="24"/>
        <source>Opening package %1… Scan the items now: they count as soon as it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="25"/>
        <source>Reading package %1… %2 scans kept: they count as soon as it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="26"/>
        <source>Scan the items: %1 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="27"/>
        <source>All items confirmed: press %1 to pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="28"/>
        <source>All items confirmed, but the OMS does not offer packing for this package now. Close it (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="31"/>
        <source>This package has nothing to pack here. Refuse it or close it (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="32"/>
        <source>Package %1 could not be read. Scan its number again (%2 scans are kept for it), or press Esc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="35"/>
        <source>This package is “%1” now: nothing to do here. Scan the next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="37"/>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="38"/>
        <source>✖ Too many: all %1 of “%2” are already confirmed. Put this one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="39"/>
        <source>✖ Wrong package: this item belongs to package %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="40"/>
        <source>✖ “%1” is not to be packed (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="41"/>
        <source>✖ Unknown code “%1”: not an item of this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="42"/>
        <source>“%1” is not a package number waiting at this store. Scan the package&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="43"/>
        <source>“%1” is a command barcode this version does not know. Print a new command sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="46"/>
        <source>✖ This scan did NOT count: scans are not being saved on this PC (%1). Scan it again when this banner is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="49"/>
        <source>This package is finished. Scan the next package number, or press %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="50"/>
        <source>This package is being finished. Scan the next package number, or press %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="53"/>
        <source>Undone: “%1”. Scan it again when it is in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="54"/>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="55"/>
        <source>Started over: %1 scans forgotten. Scan the items again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="56"/>
        <source>The OMS changed this package: %1 confirmed items are no longer to be packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="60"/>
        <source>Open a package first: scan its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="61"/>
        <source>“%1” is not possible now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="62"/>
        <source>Answer the question first: Enter (or OK) for yes, Esc (or Close) for no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="63"/>
        <source>That scan was not used: finish the open question first (OK to confirm, Close to cancel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="66"/>
        <source>No other package is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="67"/>
        <source>Loading the denial reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="68"/>
        <source>The OMS has no active denial reasons; the package cannot be refused here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="69"/>
        <source>Packing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="70"/>
        <source>“%2” for %1 goes to the OMS as soon as it confirms the package is being prepared… You may scan the next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="74"/>
        <source>%2 Checking whether the OMS did it for %1 (up to %3 s): nothing is sent twice. You may scan the next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="78"/>
        <source>Reporting out of stock for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="79"/>
        <source>Refusing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="80"/>
        <source>Packed ✔  Put the label on the box. Scan the next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="81"/>
        <source>Refused ✔  (%2)  The package goes back for re-planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="82"/>
        <source>Reported out of stock ✔  The OMS re-plans the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="83"/>
        <source>Another station or the OMS changed this package: it is “%1” now. Nothing to do here: scan the next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="86"/>
        <source>Another station took this package first (it is “%1” now). Your scans are kept. Close it (Esc), or go on if it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="90"/>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="91"/>
        <source>Nothing was sent to the OMS: the command could not be saved on this PC first (%1). Try again when this banner is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="94"/>
        <source>Something went wrong (%1). The details are in the log file; the app keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="98"/>
        <source>It is not known whether the OMS did “%2” for %1. Check the package in the OMS. Send it again anyway? Enter: send, Esc: no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="102"/>
        <source>Start over on %1 and forget every scan? Enter: yes, Esc: no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="103"/>
        <source>%2 is preparing %1 at another station. Take it over? Enter: take it over, Esc: leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="106"/>
        <source>Refuse %1: “%2”? Enter: refuse, Esc: no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="107"/>
        <source>Report %2 items of %1 out of stock (%3)? Enter: report, Esc: no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="110"/>
        <source>The OMS has no active denial reason %1: print a new command sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="114"/>
        <source>The label could not be read. %1 Press %2 to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="115"/>
        <source>Reading the label of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="116"/>
        <source>The label was not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="118"/>
        <source>%1 is packed; its label is in Packed today (F12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="119"/>
        <source>%1 is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="120"/>
        <source>%1 is reported out of stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="121"/>
        <source>✖ %1 was NOT finished: %2 Scan its number to deal with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="122"/>
        <source>✖ The label of %1 could not be read: %2 Open it from Packed today (F12) and press F10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsMessages</name>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="35"/>
        <source>The OMS rejected the request.</source>
        <extracomment>Every sentence the layers without Qt produce (and a few of the UI&apos;s own composed messages).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="36"/>
        <source>The OMS did not accept the sign-in token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="37"/>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="38"/>
        <source>This user is not allowed to do that in the OMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="39"/>
        <source>The OMS does not know this package any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="40"/>
        <source>The OMS does not allow this command in the package&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="41"/>
        <source>The OMS is busy (too many requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="42"/>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="43"/>
        <source>The OMS had an internal error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="44"/>
        <source>The OMS answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="46"/>
        <source>The OMS cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="47"/>
        <source>Check the network connection and the OMS address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="48"/>
        <source>The OMS did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="49"/>
        <source>Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="50"/>
        <source>The OMS&apos;s answer to the command could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="51"/>
        <source>The OMS gave this package no usable label address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="52"/>
        <source>The label is on an unencrypted address on another host; not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="53"/>
        <source>The OMS sent an empty label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="54"/>
        <source>The label is too large to show (%1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="55"/>
        <source>The product image address is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="56"/>
        <source>The product image is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="57"/>
        <source>The OMS answered with a web page instead of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="58"/>
        <source>Check the OMS address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="59"/>
        <source>The OMS sent data that could not be read (broken JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="60"/>
        <source>The OMS sent data in an unexpected shape (field “%1”: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="61"/>
        <source>“%1” is not a web address (expected https://your-oms.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="62"/>
        <source>“%1” is not encrypted (http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="63"/>
        <source>Use https://, or pass --insecure if you really mean it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="65"/>
        <source>The OMS&apos;s security certificate is not trusted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="66"/>
        <source>Install the store&apos;s CA certificate in this PC&apos;s system certificates, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="67"/>
        <source>The OMS&apos;s security certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="68"/>
        <source>Ask IT to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="69"/>
        <source>The OMS&apos;s security certificate is for another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="70"/>
        <source>Check the OMS address, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="71"/>
        <source>The OMS answered with a redirect (HTTP %1) to %2 instead of an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="72"/>
        <source>The OMS answered with a redirect (HTTP %1) instead of an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="73"/>
        <source>The label is larger than %1 MB; it was not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="74"/>
        <source>The product image is larger than %1 MB; it was not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="75"/>
        <source>A page of a list from the OMS is larger than %1 MB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="76"/>
        <source>The OMS&apos;s answer about the package is larger than %1 MB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="77"/>
        <source>The OMS&apos;s answer is larger than %1 MB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="78"/>
        <source>The OMS&apos;s answer is compressed in a way the app cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="79"/>
        <source>The OMS&apos;s answer is compressed, but damaged; it could not be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="80"/>
        <source>The %1 is %2 (%3), which the app cannot show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="81"/>
        <source>The %1 does not match its type: the OMS says %2, but it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="82"/>
        <source>It was not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="83"/>
        <source>The OMS pointed the rest of the list at another address (%1); it was not followed, so the list may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="87"/>
        <source>The OMS&apos;s list repeats a page; it was read once, so the list may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="88"/>
        <source>The OMS&apos;s list is longer than %1 pages; only those were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="90"/>
        <source>Nothing was sent; try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="91"/>
        <source>A command for this package is still on its way; wait for its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="92"/>
        <source>It is still not known whether the OMS applied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="93"/>
        <source>The OMS applied %1, but the package could not be read again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="94"/>
        <source>The OMS did not apply it (checked for %1 s); you may try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="95"/>
        <source>The package could not be read again, so it is not known whether the OMS applied it; the next try checks first and never sends it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="100"/>
        <source>The package changed in a way that does not tell whether the OMS applied it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="101"/>
        <source>The OMS did not accept the command for this package (it is “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="102"/>
        <source>This package is no longer %1: it is now “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="103"/>
        <source>Another station or the OMS changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="104"/>
        <source>Scans are no longer saved on this PC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="106"/>
        <source>The package cannot be handed to the courier while it is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="107"/>
        <source>The package cannot be repacked while it is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="108"/>
        <source>This is not an invoice number (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="109"/>
        <source>The invoice number was not sent; scan it again when the OMS is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="110"/>
        <source>It is not known whether the invoice number was saved; scanning it again is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="111"/>
        <source>The OMS did not confirm the invoice number; scanning it again is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="112"/>
        <source>The OMS no longer offers to ship it: it is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="113"/>
        <source>The OMS has no such package (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="114"/>
        <source>The OMS made the invoice but sent nothing back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="116"/>
        <source>Preparing cannot be started while the package is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="117"/>
        <source>Packing is not possible while the package is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="118"/>
        <source>Items cannot be reported out of stock while the package is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="119"/>
        <source>The package cannot be refused while it is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="120"/>
        <source>The OMS offers %1 instead of %2; check the pack command setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="121"/>
        <source>reporting out of stock needs the package items that are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="122"/>
        <source>refusing a package needs a denial reason id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="123"/>
        <source>no package items given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="125"/>
        <source>%1 must be %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="126"/>
        <source>The setting %1 in the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="127"/>
        <source>Until it is changed in the settings, the default (%1) is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="128"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="129"/>
        <source>on or off (true/false, yes/no, 1/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="130"/>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="131"/>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="132"/>
        <source>one of %1, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="133"/>
        <source>package state numbers separated by commas, e.g. 100,200,400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="134"/>
        <source>a stock location id (a whole number, 0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="135"/>
        <source>one word without spaces, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="136"/>
        <source>a size in millimetres like 100x150 (width %1 to %2, height %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="139"/>
        <source>The settings file could not be backed up before its upgrade (%1); it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="147"/>
        <source>The %1 backend is not available in this version yet; start with --backend oms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="148"/>
        <source>--demo runs against the built-in simulator; leave out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="149"/>
        <source>Asking for the invoice number before packing is not available in this version yet; the setting is kept for when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="141"/>
        <source>The app needs to know which OMS to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="142"/>
        <source>Not set: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="143"/>
        <source>Set them in the environment (the token only there), or start with --demo to try the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="146"/>
        <source>The OMS address is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="155"/>
        <source>Something went wrong (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="156"/>
        <source>The details are in the log file; the app keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="157"/>
        <source>Scans are not saved on this PC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="159"/>
        <source>The journal is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="160"/>
        <source>The journal at %1 could not be written or read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="161"/>
        <source>The journal at %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="162"/>
        <source>The journal at %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="164"/>
        <source>No serial scanner port is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="165"/>
        <source>The scanner on %1 could not be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="166"/>
        <source>The scanner on %1 was disconnected: plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="167"/>
        <source>The scanner on %1 stopped working: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="169"/>
        <source>the OMS sent an empty label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="170"/>
        <source>its format is not supported (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="171"/>
        <source>the image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="172"/>
        <source>the image is not a PNG, JPEG or GIF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="173"/>
        <source>the image is too large (%1 x %2 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="174"/>
        <source>the image could not be decoded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="175"/>
        <source>the PDF is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="176"/>
        <source>the PDF is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="177"/>
        <source>the PDF is damaged or not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="178"/>
        <source>the PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="179"/>
        <source>the HTML label is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="180"/>
        <source>printing could not start on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="181"/>
        <source>no printer is set up, and no PDF file was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="182"/>
        <source>the PDF file “%1” cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="183"/>
        <source>the PDF file “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="184"/>
        <source>the printer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="185"/>
        <source>there is no number to put in a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="186"/>
        <source>“%1” cannot be written as a Code128 barcode (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="187"/>
        <source>The command barcodes do not fit a column %1 mm wide; print the sheet on A4 or Letter paper, portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="191"/>
        <source>The PDF file “%1” cannot be written: its folder does not exist or is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="194"/>
        <source>The PDF page size could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="195"/>
        <source>Cannot print the command sheet to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="196"/>
        <source>The page is too short for the command sheet; print it on A4 or Letter paper, portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="199"/>
        <source>The barcode for %1 could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="201"/>
        <source>No system keyring was found: the token is kept until the app closes and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="205"/>
        <source>The system keyring did not accept the token (it may be locked): the token is kept until the app closes and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="211"/>
        <source>To keep it, install and unlock a Secret Service keyring, such as GNOME Keyring (the gnome-keyring package) or KeePassXC with its Secret Service integration turned on, then start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="216"/>
        <source>To keep it, check that this Windows user can use the Windows Credential Manager (built into Windows), then start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="221"/>
        <source>To keep it, unlock the login keychain in Keychain Access (built into macOS), then start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="225"/>
        <source>The settings could not be saved: %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="226"/>
        <source>The settings file %1 is damaged; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutOfStockDialog</name>
    <message>
        <location filename="../instore_app/ui/dialogs.py" line="56"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/dialogs.py" line="57"/>
        <source>Which items are missing? The ones not scanned yet are ticked. Space: tick/untick, Enter: report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/dialogs.py" line="58"/>
        <source>Report out of stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageItemsModel</name>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="34"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="35"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="36"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="37"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="38"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="39"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="69"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageListModel</name>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="68"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="69"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="70"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="71"/>
        <source>Pack by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="72"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="73"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="74"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="75"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="78"/>
        <source>Gift box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="79"/>
        <source>Click &amp; collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="222"/>
        <source>Overdue: the target packing time has passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageNotes</name>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="89"/>
        <source>Gift box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="92"/>
        <source>Order note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="94"/>
        <source>Click &amp; collect: the customer picks this up in the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageView</name>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="106"/>
        <location filename="../instore_app/ui/package_view.py" line="148"/>
        <source>Select a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="118"/>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="119"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="120"/>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="121"/>
        <source>Pack by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="156"/>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackingBench</name>
    <message>
        <location filename="../instore_app/ui/bench.py" line="105"/>
        <source>Confirmed items / items to pack</source>
        <extracomment>The list takes this share of the width; the item to scan next (or the label) the rest. The bench&apos;s buttons, in order (each also has its key and its command barcode). A bench button was pressed (the same command as its key and barcode). A code typed by hand in the scan field (the window treats it like a scan). Enter on the empty scan field: acknowledge the red banner, or say yes to the question.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="123"/>
        <source>Scan, or type a code and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="127"/>
        <source>Undo last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="128"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="129"/>
        <source>Out of stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="130"/>
        <source>Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="131"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="132"/>
        <source>Print label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="133"/>
        <source>Packed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="134"/>
        <source>Next package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="135"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="280"/>
        <source>✔ All items confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="286"/>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="290"/>
        <source>%1 of %2 scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="291"/>
        <source>Scan next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="311"/>
        <source>OVERDUE: pack by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="342"/>
        <location filename="../instore_app/ui/bench.py" line="366"/>
        <source>The label appears here after packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="350"/>
        <source>The OMS sent a label that cannot be shown. Print it from the OMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="360"/>
        <source>Reading the label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="362"/>
        <source>The label could not be read. Press F10 to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="364"/>
        <source>No label: this package was not packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="259"/>
        <source>Scan a package number to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="301"/>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="308"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="311"/>
        <source>pack by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <location filename="../instore_app/labels/slip.py" line="82"/>
        <source>Packing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/slip.py" line="88"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/slip.py" line="88"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/slip.py" line="141"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/slip.py" line="145"/>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/slip.py" line="163"/>
        <source>Items ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/slip.py" line="173"/>
        <source>Gift box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/slip.py" line="178"/>
        <source>Order notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <location filename="../instore_app/ui/dialogs.py" line="102"/>
        <location filename="../instore_app/ui/dialogs.py" line="104"/>
        <source>Refuse package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/dialogs.py" line="103"/>
        <source>Why is this package refused? Press the reason&apos;s number, or choose it and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../instore_app/settings/table.py" line="58"/>
        <source>Run against the embedded OMS simulator on loopback.</source>
        <extracomment>The --help sections, in order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="63"/>
        <source>The API the station packs through: oms (Akinon OMS) or seller-center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="67"/>
        <source>The OMS address, e.g. https://acme-oms.akinon.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="72"/>
        <source>This store&apos;s stock location id in the OMS (0: not chosen yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="76"/>
        <source>The stock location&apos;s name, shown while the OMS is out of reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="80"/>
        <source>Allow an unencrypted http:// address that is not on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="84"/>
        <source>The last user name signed in with (for the form; never the password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="88"/>
        <source>The API token: from the environment only, else from the system keyring, never a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="96"/>
        <source>The word before the API key in Seller Center&apos;s Authorization header (empty: the key alone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="105"/>
        <source>The OMS command that packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="109"/>
        <source>Pack as soon as the last item is scanned (otherwise on F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="114"/>
        <source>Ask for the invoice&apos;s barcode before packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="123"/>
        <source>The package states listed (OMS enum values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="128"/>
        <source>How often the list reloads, in seconds (F5 reloads now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="134"/>
        <source>The label printer (empty: the system&apos;s default printer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="139"/>
        <source>The label&apos;s width and height in millimetres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="143"/>
        <source>Print the label as soon as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="150"/>
        <source>Keys closer than this are a scanner, not a person (Bluetooth scanners need 80-120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="157"/>
        <source>A serial scanner&apos;s port, e.g. /dev/ttyACM0 or COM3 (empty: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="162"/>
        <source>The serial scanner&apos;s speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="169"/>
        <source>The app&apos;s language, and of OMS state names: tr or en (empty: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="173"/>
        <source>Beep on scans.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="68"/>
        <source>Packing station settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="99"/>
        <source>Connect this packing station to your OMS: enter its address, sign in, and choose this store. The other settings can stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="152"/>
        <source>1. OMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="158"/>
        <source>Allow an unencrypted (http://) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="160"/>
        <source>Only for a test OMS on your own network: the token would be sent without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="162"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="168"/>
        <source>2. Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="174"/>
        <source>or paste an API token instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="175"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="182"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="183"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="184"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="191"/>
        <source>3. This store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="197"/>
        <source>sign in first, then type to find the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="205"/>
        <source>Stock location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="210"/>
        <source>Label printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="214"/>
        <source>Print the label as soon as it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="215"/>
        <source>Printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="216"/>
        <source>Label size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="221"/>
        <source>Packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="222"/>
        <source>Pack as soon as the last item is scanned (otherwise F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="223"/>
        <source>Ask for the invoice number before packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="226"/>
        <source>Complete packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="227"/>
        <source>Complete packaging without shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="228"/>
        <source>Channel-based complete packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="234"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="237"/>
        <source>Pack command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="238"/>
        <source>Reload the list every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="242"/>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="244"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="245"/>
        <source>Bluetooth scanners often need 80-120 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="250"/>
        <source>Key interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="252"/>
        <source>Serial port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="253"/>
        <source>Baud rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="257"/>
        <source>Screen and sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="259"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="262"/>
        <source>A new language applies after the app is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="263"/>
        <source>Beep on scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="264"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="95"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="77"/>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/store_chooser.py" line="43"/>
        <location filename="../instore_app/ui/store_chooser.py" line="51"/>
        <source>Stock location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="136"/>
        <source>Signed in (with the saved token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="273"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="277"/>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="281"/>
        <source>None (USB keyboard scanner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="285"/>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="81"/>
        <source>Enter the OMS address, e.g. https://your-oms.akinon.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="83"/>
        <source>This address is not encrypted (http://). Use https://, or tick “Allow an unencrypted address” if this is a test OMS on your own network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="88"/>
        <source>“%1” is not a web address (expected https://your-oms.akinon.net).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="149"/>
        <source>Checking the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="160"/>
        <source>Enter a user name and password, or paste a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="163"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="183"/>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="208"/>
        <source>Loading the stock locations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/store_chooser.py" line="55"/>
        <source>%1 – inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/store_chooser.py" line="62"/>
        <source>Type a few letters of the store&apos;s name, then choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/store_chooser.py" line="64"/>
        <source>This OMS user sees no stock locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="234"/>
        <source>The OMS did not accept this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="242"/>
        <source>The saved sign-in is no longer accepted. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="243"/>
        <source>The stock locations could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="180"/>
        <source>Check the OMS address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="184"/>
        <source>Sign in first (or paste a token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="190"/>
        <source>Choose this store&apos;s stock location.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../instore_app/ui/signin.py" line="26"/>
        <source>Sign in to the OMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/signin.py" line="30"/>
        <source>The OMS at %1 no longer accepts this station&apos;s sign-in. Sign in again: the open package and its scans are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/signin.py" line="40"/>
        <source>or paste an API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/signin.py" line="45"/>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/signin.py" line="46"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/signin.py" line="47"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/signin.py" line="49"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/signin.py" line="64"/>
        <source>Enter a username and password, or a token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="27"/>
        <source>Packed here today</source>
        <extracomment>Open this package on the bench.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="30"/>
        <source>Scan a package&apos;s number, or choose it and press Enter, to see it and print its label again (F10). Esc: back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="35"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="35"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="35"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="35"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="52"/>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="53"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="54"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="58"/>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="59"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="60"/>
        <source>packing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="61"/>
        <source>could not be read: open it and press F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="78"/>
        <source>Packed here today: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
