<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AfterPackingPages</name>
    <message>
        <location filename="../instore_app/ui/after_packing_pages.py" line="123"/>
        <source>Courier handover: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../instore_app/ui/attention_view.py" line="41"/>
        <source>Package</source>
        <extracomment>The table shows this many rows before it scrolls (the waiting list keeps the room). Put this package on the bench and ask whether to repack it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/attention_view.py" line="41"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/attention_view.py" line="41"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/attention_view.py" line="41"/>
        <source>Pack by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/attention_view.py" line="73"/>
        <source>Needs attention: %1 out of stock or to be rescheduled. Enter or Ctrl+R repacks one (it waits to be packed again).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="79"/>
        <source>Pack</source>
        <extracomment>The bench&apos;s page, row by row, two to a row: the most used first. The counter&apos;s page starts with these, then the carriers. A denial reason as the sheet prints it: its id in the OMS and its title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="80"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="81"/>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="82"/>
        <source>Undo last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="83"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="84"/>
        <source>Next package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="85"/>
        <source>Print label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="86"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="87"/>
        <source>OK (acknowledge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="88"/>
        <source>Packed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="89"/>
        <source>Courier handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="90"/>
        <source>Repack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="92"/>
        <source>Finish handover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchItemsModel</name>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="62"/>
        <source>Product</source>
        <extracomment>The address of the product&apos;s photo (image column). A product photo arrived: its address (the bench repaints what shows it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="63"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="64"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="65"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="66"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="70"/>
        <source>✔ Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="71"/>
        <source>Scan it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="72"/>
        <source>Not to be packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="74"/>
        <source>Not scanned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchScreen</name>
    <message>
        <location filename="../instore_app/ui/bench_screen.py" line="316"/>
        <source>Tick the missing items first (Space).</source>
        <extracomment>Print through the print dialog (another printer, copies...); F10 prints without one. A package is on the bench (its session may still be reading): package id. The station finished a package: package id, &quot;pack&quot; / &quot;refuse&quot; / &quot;out_of_stock&quot;. A package&apos;s label (or packing slip) is ready: package id. The bench shows another package (or None: back to the list). Show the &quot;Packed today&quot; page. The OMS wants a new sign-in. Something to say on the list page (None: clear it). The journal fails (message) or works again (None).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_screen.py" line="322"/>
        <source>“%1” is not possible while this question is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="162"/>
        <location filename="../instore_app/labels/sheet_pages.py" line="118"/>
        <source>Packing station — command barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="126"/>
        <source>Refuse reasons — command barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="128"/>
        <source>At the counter: scan Courier handover, then the courier&apos;s carrier, then each parcel as it leaves; Finish handover prints the manifest. Carrier codes are for this OMS only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="131"/>
        <source>At the counter: Courier handover, then the carrier, then each parcel; Finish handover prints the manifest. Print this sheet from the handover view (F11) to get the carriers&apos; codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="134"/>
        <source>Packing station — courier handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="121"/>
        <source>On the bench, scan a reason to refuse the open package with it, then scan OK to confirm. Print this page at actual size (100 %), not “fit to page”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/sheet_pages.py" line="118"/>
        <source>Scan a barcode instead of pressing its key. Print this page at actual size (100 %), not “fit to page”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="324"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../instore_app/ui/tasks.py" line="22"/>
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
        <source>Usual time per package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="84"/>
        <source>How long a package usually takes today, from opening it to packing it: half of them took less (minutes:seconds)</source>
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
    <name>HandoverView</name>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="86"/>
        <source>Courier handover</source>
        <extracomment>A number key chose a carrier (1-9). A button: the same command as its key. Print this kept manifest again (its handover id). Print the command sheet with the carriers&apos; codes. Enter: acknowledge the red message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="102"/>
        <source>Choose the courier&apos;s carrier: press its number, or scan its code on the command sheet. Then scan each parcel as it leaves. F9: finish and print the manifest. Esc: back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="108"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="108"/>
        <location filename="../instore_app/ui/handover_view.py" line="113"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="108"/>
        <location filename="../instore_app/ui/handover_view.py" line="113"/>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="111"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="111"/>
        <location filename="../instore_app/ui/handover_view.py" line="112"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="111"/>
        <location filename="../instore_app/ui/handover_view.py" line="112"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="111"/>
        <location filename="../instore_app/ui/handover_view.py" line="112"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="111"/>
        <source>OMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="113"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="113"/>
        <source>Not in the OMS yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="115"/>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="116"/>
        <source>Still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="124"/>
        <source>Finish handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="125"/>
        <source>Print manifest again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="126"/>
        <source>Read the list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="127"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="141"/>
        <source>Carrier codes sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="144"/>
        <source>A PDF of the command sheet with this OMS&apos;s carrier codes, to print at 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="153"/>
        <source>Waiting for the courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="159"/>
        <source>Manifests, last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="179"/>
        <source>Courier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="179"/>
        <source>Choose the courier&apos;s carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="187"/>
        <source>Some parcels may be missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="198"/>
        <source>Reading the parcels waiting for the courier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="200"/>
        <source>Which carrier&apos;s courier is here? Press its number or scan its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="202"/>
        <source>Scan each parcel as it leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="211"/>
        <source>Any carrier (label scanned at the counter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="226"/>
        <source>Handed to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="230"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="230"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="235"/>
        <source>Still here for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/handover_view.py" line="237"/>
        <source>scan its label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelPrinting</name>
    <message>
        <location filename="../instore_app/labels/output.py" line="52"/>
        <source>the printer “%1” is not found on this PC. Choose the printer in Settings (Ctrl+,), or start the app with --printer NAME. The label is saved as a PDF file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/output.py" line="57"/>
        <source>no label printer is chosen on this PC. Choose the printer in Settings (Ctrl+,), or start the app with --printer NAME. The label is saved as a PDF file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/output.py" line="94"/>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/printing.py" line="50"/>
        <source>Shipping label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/printing.py" line="129"/>
        <source>Print label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/printing.py" line="180"/>
        <source>The label was not printed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/printing.py" line="181"/>
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
        <location filename="../instore_app/app.py" line="224"/>
        <location filename="../instore_app/ui/main_window.py" line="120"/>
        <source>Packing station</source>
        <extracomment>The window shows itself with its first list, or after this long without one: a local OMS answers well within it (one paint, with the list), a slow one never keeps the screen empty for more than this (the list then says it is loading). Emitted after each list refresh has been applied (for tests and benchmarks). A package&apos;s detail is shown in the list page. A package is open on the bench. A command finished and the bench shows its result: package id, action name. A label or packing slip is on screen: package id. A sound was asked for: &quot;ok&quot;, &quot;error&quot;, &quot;complete&quot; or &quot;label&quot; (also when sound is off). The station signed in again (after a 401) and got this token. The window is on screen, painted (:meth:`reveal`): the scanners&apos; filter may listen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/list_page.py" line="84"/>
        <source>Filter by package or order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/window_actions.py" line="50"/>
        <source>Filter (Ctrl+F, F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/window_actions.py" line="56"/>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/window_actions.py" line="58"/>
        <source>Reload the list from the OMS (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/window_actions.py" line="60"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/window_actions.py" line="62"/>
        <source>The OMS, this store, the printer and the scanner (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/window_actions.py" line="66"/>
        <location filename="../instore_app/ui/window_actions.py" line="102"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/window_actions.py" line="68"/>
        <source>Open (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/window_actions.py" line="69"/>
        <source>Open the selected package on the bench (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/window_actions.py" line="72"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/list_page.py" line="91"/>
        <source>Scan a package number, or choose a package and press Enter, to start packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/list_refresh.py" line="79"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/list_refresh.py" line="84"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/list_page.py" line="131"/>
        <source>No package matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/list_page.py" line="140"/>
        <source>%1 packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/list_page.py" line="142"/>
        <source>%1 of %2 packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/list_page.py" line="145"/>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/list_page.py" line="183"/>
        <location filename="../instore_app/ui/list_page.py" line="200"/>
        <source>Loading package %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="375"/>
        <source>Scans are not being saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/list_page.py" line="205"/>
        <source>The package could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/list_refresh.py" line="120"/>
        <source>Last updated at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/list_refresh.py" line="122"/>
        <source>The list has not been loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/list_refresh.py" line="127"/>
        <source>Offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/list_refresh.py" line="128"/>
        <source>Scanning into the open package still works; packing waits until you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/window_actions.py" line="94"/>
        <source>Packing station %1
For stores that fulfil online orders through Akinon OMS.
OMS: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/window_actions.py" line="96"/>
        <source>Packing station %1
For marketplace sellers who fulfil their orders through Akinon Seller Center.
Seller Center: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/window_actions.py" line="117"/>
        <source>Settings saved: they apply when the app starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/sign_in_again.py" line="42"/>
        <source>The OMS did not accept that. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/composition.py" line="329"/>
        <source>demo (Seller Center simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/composition.py" line="331"/>
        <source>demo (OMS simulator)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="72"/>
        <source>not in the OMS yet: sent when it can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="74"/>
        <source>the OMS refused it: check it in the OMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="86"/>
        <location filename="../instore_app/labels/manifest.py" line="203"/>
        <source>Courier manifest — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="87"/>
        <source>Stock location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="89"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="90"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="91"/>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="92"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="93"/>
        <source>Packer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="94"/>
        <source>Handover no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="105"/>
        <source>Handed over (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="109"/>
        <source>Total: %1 parcels, %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="115"/>
        <source>%1 of them not in the OMS yet when this was printed: the station sends them when it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="117"/>
        <source>Packed, not handed over (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="122"/>
        <location filename="../instore_app/labels/manifest.py" line="162"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="131"/>
        <source>None: every packed parcel for this carrier left with the courier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="141"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="141"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="141"/>
        <location filename="../instore_app/labels/manifest.py" line="163"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="175"/>
        <source>Packer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="176"/>
        <source>Courier (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="177"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/labels/manifest.py" line="178"/>
        <source>The courier received the parcels listed above, %1 in all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../instore_app/ui/notes.py" line="28"/>
        <source>Opening package %1… Scan the items now: they count as soon as it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="29"/>
        <source>Reading package %1… %2 scans kept: they count as soon as it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="30"/>
        <source>Scan the items: %1 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="31"/>
        <source>All items confirmed: press %1 to pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="32"/>
        <source>All items confirmed, but the OMS does not offer packing for this package now. Close it (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="35"/>
        <source>This package has nothing to pack here. Refuse it or close it (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="36"/>
        <source>Package %1 could not be read. Scan its number again (%2 scans are kept for it), or press Esc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="39"/>
        <source>This package is “%1” now: nothing to do here. Scan the next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="41"/>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="42"/>
        <source>✖ Too many: all %1 of “%2” are already confirmed. Put this one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="43"/>
        <source>✖ Wrong package: this item belongs to package %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="44"/>
        <source>✖ “%1” is not to be packed (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="45"/>
        <source>✖ Unknown code “%1”: not an item of this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="46"/>
        <source>“%1” is not a package number waiting at this store. Scan the package&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="47"/>
        <source>“%1” is a command barcode this version does not know. Print a new command sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="50"/>
        <source>✖ This scan did NOT count: scans are not being saved on this PC (%1). Scan it again when this banner is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="53"/>
        <source>This package is finished. Scan the next package number, or press %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="54"/>
        <source>This package is being finished. Scan the next package number, or press %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="57"/>
        <source>Undone: “%1”. Scan it again when it is in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="58"/>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="59"/>
        <source>Started over: %1 scans forgotten. Scan the items again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="60"/>
        <source>The OMS changed this package: %1 confirmed items are no longer to be packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="64"/>
        <source>Open a package first: scan its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="65"/>
        <source>“%1” is not possible now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="66"/>
        <source>Answer the question first: Enter (or OK) for yes, Esc (or Close) for no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="67"/>
        <source>That scan was not used: finish the open question first (OK to confirm, Close to cancel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="70"/>
        <source>No other package is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="71"/>
        <source>Loading the denial reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="72"/>
        <source>The OMS has no active denial reasons; the package cannot be refused here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="73"/>
        <source>Packing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="74"/>
        <source>“%2” for %1 goes to the OMS as soon as it confirms the package is being prepared… You may scan the next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="78"/>
        <source>%2 Checking whether the OMS did it for %1 (up to %3 s): nothing is sent twice. You may scan the next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="82"/>
        <source>Reporting out of stock for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="83"/>
        <source>Refusing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="84"/>
        <source>Packed ✔  Put the label on the box. Scan the next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="85"/>
        <source>Refused ✔  (%2)  The package goes back for re-planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="86"/>
        <source>Reported out of stock ✔  The OMS re-plans the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="87"/>
        <source>Another station or the OMS changed this package: it is “%1” now. Nothing to do here: scan the next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="90"/>
        <source>Another station took this package first (it is “%1” now). Your scans are kept. Close it (Esc), or go on if it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="94"/>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="95"/>
        <source>Nothing was sent to the OMS: the command could not be saved on this PC first (%1). Try again when this banner is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="98"/>
        <source>Something went wrong (%1). The details are in the log file; the app keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="102"/>
        <source>It is not known whether the OMS did “%2” for %1. Check the package in the OMS. Send it again anyway? Enter or OK: send · Esc or Close: no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="106"/>
        <source>Start over on %1 and forget every scan? Enter or OK: yes · Esc or Close: no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="107"/>
        <source>%2 is preparing %1 at another station. Take it over? Enter or OK: take it over · Esc or Close: leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="110"/>
        <source>Refuse %1: “%2”? Enter or OK: refuse · Esc or Close: no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="111"/>
        <source>Report %2 items of %1 out of stock (%3)? Enter or OK: report · Esc or Close: no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="114"/>
        <source>The OMS has no active denial reason %1: print a new command sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="118"/>
        <source>The label could not be read. %1 Press %2 to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="119"/>
        <source>Reading the label of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="120"/>
        <source>The label was not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="122"/>
        <source>%1 is packed; its label is in Packed today (F12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="123"/>
        <source>%1 is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="124"/>
        <source>%1 is reported out of stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="125"/>
        <source>✖ %1 was NOT finished: %2 Scan its number to deal with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="126"/>
        <source>✖ The label of %1 could not be read: %2 Open it from Packed today (F12) and press F10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="130"/>
        <source>All items confirmed. Now scan the barcode on the invoice of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="131"/>
        <source>Saving invoice number %1 for %2… The package is packed right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="132"/>
        <source>✖ Invoice number %1 is being saved: wait a moment, that scan was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="135"/>
        <source>✖ “%1” is not an invoice number (%2). Scan the barcode on the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="136"/>
        <source>✖ “%1” is the package&apos;s number, not the invoice&apos;s. Scan the barcode on the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="139"/>
        <source>✖ “%1” is the carrier&apos;s tracking number, not the invoice&apos;s. Scan the barcode on the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="142"/>
        <source>✖ “%1” is the barcode of “%2”, an item of this package, not the invoice. Scan the barcode on the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="145"/>
        <source>✖ “%1” is a product&apos;s barcode, not the invoice&apos;s. Scan the barcode on the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="148"/>
        <source>✖ The invoice number was not saved, so the package is NOT packed: %1 Scan the invoice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="152"/>
        <source>Repack %1 (it is “%2”)? It goes back to the waiting list to be packed again. Enter: yes, Esc: no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="155"/>
        <source>Sending %1 back to the waiting list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="156"/>
        <source>%1 is repacked ✔  It is back in the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="158"/>
        <source>Courier handover: choose the carrier, then scan each parcel as it leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="159"/>
        <source>✖ Choose the courier&apos;s carrier first (its number key or its barcode), then scan “%1” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="162"/>
        <source>%1: %2 parcels may go with this courier. Scan each parcel as it leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="163"/>
        <source>✖ “%1” is not a carrier of this OMS. Print a new sheet of carrier codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="166"/>
        <source>✖ %2 parcels were handed to %1: finish that handover first (F9), then choose the next carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="169"/>
        <source>✔ %1 handed over (%3 so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="170"/>
        <source>✔ %1 handed over. The OMS cannot be reached: it is told as soon as it can (%3 waiting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="173"/>
        <source>✖ WRONG CARRIER: %1 goes with %2, not with %3. Keep it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="176"/>
        <source>✖ NOT PACKED: %1 is “%2”. It cannot leave yet: keep it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="177"/>
        <source>✖ %1 was already handed to %2 in this handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="178"/>
        <source>✖ %1 was already handed to %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="179"/>
        <source>✖ “%1” is not a packed parcel of this store. Keep it here and check it in the OMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="182"/>
        <source>✖ “%1” does nothing at the courier handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="183"/>
        <source>✖ The parcels waiting for the courier have not been read from the OMS yet: wait, or press F11 to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="186"/>
        <source>✖ The parcels waiting for the courier could not be read: %1 Press F11 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="189"/>
        <source>%1 has no tracking number yet: scan the barcode on its carrier label (Esc: not now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="192"/>
        <source>✖ “%1” is the number of parcel %2, not a carrier&apos;s tracking number. Scan the carrier label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="195"/>
        <source>✖ “%1” is not a tracking number. Scan the barcode on the carrier label of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="198"/>
        <source>Nothing is being asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="199"/>
        <source>%1 stays here: it was not handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="200"/>
        <source>✖ %1 cannot be handed over: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="201"/>
        <source>✖ %1 was NOT handed over: it could not be saved on this PC (%2). Keep it here and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="204"/>
        <source>✖ Nothing was handed over yet: there is no manifest to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="205"/>
        <source>✔ Handover to %1 finished: %2 parcels. Printing the manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="206"/>
        <source>✔ Manifest printed: %1, %2 parcels. The courier and you sign it. Next courier: choose the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="209"/>
        <source>✖ The manifest was not printed: %1 It is kept: press %2 to print it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="212"/>
        <source>✖ No manifest is kept from the last 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="213"/>
        <source>%1 waiting to reach the OMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="214"/>
        <source>✖ “%1” is not possible at the courier handover. Esc: back to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="215"/>
        <source>✖ No carrier has the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="216"/>
        <source>✖ The courier handover needs the journal on this PC, and it could not be opened. See the red banner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="219"/>
        <source>✖ Something went wrong at the handover. The details are in the log file: scan that parcel again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmsMessages</name>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="38"/>
        <source>The OMS rejected the request.</source>
        <extracomment>Every sentence the layers without Qt produce (and a few of the UI&apos;s own composed messages).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="39"/>
        <source>The OMS did not accept the sign-in token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="40"/>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="41"/>
        <source>This user is not allowed to do that in the OMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="42"/>
        <source>The OMS does not know this package any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="43"/>
        <source>The OMS does not allow this command in the package&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="44"/>
        <source>The OMS is busy (too many requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="45"/>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="46"/>
        <source>The OMS had an internal error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="47"/>
        <source>The OMS answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="49"/>
        <source>The OMS cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="50"/>
        <source>Check the network connection and the OMS address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="51"/>
        <source>The OMS did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="52"/>
        <source>Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="53"/>
        <source>The OMS&apos;s answer to the command could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="54"/>
        <source>The OMS gave this package no usable label address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="55"/>
        <source>The label is on an unencrypted address on another host; not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="56"/>
        <source>The OMS sent an empty label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="57"/>
        <source>The label is too large to show (%1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="58"/>
        <source>The product image address is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="59"/>
        <source>The product image is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="60"/>
        <source>The OMS answered with a web page instead of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="61"/>
        <source>Check the OMS address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="62"/>
        <source>The OMS sent data that could not be read (broken JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="63"/>
        <source>The OMS sent data in an unexpected shape (field “%1”: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="64"/>
        <source>“%1” is not a web address (expected https://your-oms.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="65"/>
        <source>“%1” is not encrypted (http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="66"/>
        <source>Use https://, or pass --insecure if you really mean it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="68"/>
        <source>The OMS&apos;s security certificate is not trusted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="69"/>
        <source>Install the store&apos;s CA certificate in this PC&apos;s system certificates, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="70"/>
        <source>The OMS&apos;s security certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="71"/>
        <source>Ask IT to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="72"/>
        <source>The OMS&apos;s security certificate is for another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="73"/>
        <source>Check the OMS address, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="74"/>
        <source>The OMS answered with a redirect (HTTP %1) to %2 instead of an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="75"/>
        <source>The OMS answered with a redirect (HTTP %1) instead of an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="76"/>
        <source>The label is larger than %1 MB; it was not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="77"/>
        <source>The product image is larger than %1 MB; it was not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="78"/>
        <source>A page of a list from the OMS is larger than %1 MB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="79"/>
        <source>The OMS&apos;s answer about the package is larger than %1 MB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="80"/>
        <source>The OMS&apos;s answer is larger than %1 MB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="81"/>
        <source>The OMS&apos;s answer is compressed in a way the app cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="82"/>
        <source>The OMS&apos;s answer is compressed, but damaged; it could not be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="83"/>
        <source>The %1 is %2 (%3), which the app cannot show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="84"/>
        <source>The %1 does not match its type: the OMS says %2, but it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="85"/>
        <source>It was not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="86"/>
        <source>The OMS pointed the rest of the list at another address (%1); it was not followed, so the list may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="90"/>
        <source>The OMS&apos;s list repeats a page; it was read once, so the list may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="91"/>
        <source>The OMS&apos;s list is longer than %1 pages; only those were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="93"/>
        <source>Nothing was sent; try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="94"/>
        <source>A command for this package is still on its way; wait for its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="95"/>
        <source>It is still not known whether the OMS applied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="96"/>
        <source>The OMS applied %1, but the package could not be read again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="97"/>
        <source>The OMS did not apply it (checked for %1 s); you may try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="98"/>
        <source>The package could not be read again, so it is not known whether the OMS applied it; the next try checks first and never sends it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="103"/>
        <source>The package changed in a way that does not tell whether the OMS applied it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="104"/>
        <source>The OMS did not accept the command for this package (it is “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="105"/>
        <source>This package is no longer %1: it is now “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="106"/>
        <source>Another station or the OMS changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="107"/>
        <source>Scans are no longer saved on this PC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="109"/>
        <source>The Seller Center rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="110"/>
        <source>The Seller Center did not accept the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="111"/>
        <source>Check the API key and its prefix in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="112"/>
        <source>This API key is not allowed to do that in the Seller Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="113"/>
        <source>The Seller Center does not know this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="114"/>
        <source>The Seller Center is busy (too many requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="115"/>
        <source>The Seller Center had an internal error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="116"/>
        <source>The Seller Center answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="117"/>
        <source>The Seller Center cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="118"/>
        <source>Check the network connection and the Seller Center address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="119"/>
        <source>The Seller Center did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="120"/>
        <source>The Seller Center answered with a web page instead of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="121"/>
        <source>Check the Seller Center address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="122"/>
        <source>The Seller Center sent data that could not be read (broken JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="123"/>
        <source>The Seller Center sent data in an unexpected shape (field “%1”: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="124"/>
        <source>The Seller Center&apos;s answer could not be read: it is not known whether the change was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="127"/>
        <source>The Seller Center redirected the request to %1; redirects are not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="128"/>
        <source>The Seller Center&apos;s answer is too large (more than %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="129"/>
        <source>The Seller Center pointed to the next page on another address (%1); it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="132"/>
        <source>The Seller Center&apos;s list has more than %1 pages; the list was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="133"/>
        <source>The Seller Center has no package %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="134"/>
        <source>The Seller Center sent an empty label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="135"/>
        <source>The Seller Center sent a label that is not a PDF, an image, a web address or ZPL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="136"/>
        <source>The label is at %1, an unencrypted address on another host; it was not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="137"/>
        <source>The label at %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="138"/>
        <source>The label at %1 is not a PDF, an image or a web page (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="139"/>
        <source>The label address redirects too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="140"/>
        <source>“%1” is not a web address (expected https://seller-center.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="141"/>
        <source>The API key (or its prefix) is empty or has spaces, line breaks or letters beyond ASCII.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="145"/>
        <source>It is still not known whether the Seller Center applied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="146"/>
        <source>The Seller Center applied %1, but the package could not be read again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="147"/>
        <source>The Seller Center did not apply it (checked for %1 s); you may try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="148"/>
        <source>The package could not be read again, so it is not known whether the Seller Center applied it; the next try checks first and never sends it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="153"/>
        <source>The package changed in a way that does not tell whether the Seller Center applied it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="156"/>
        <source>The Seller Center did not accept the change for this package (it is “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="157"/>
        <source>This package is no longer “%1”: it is now “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="158"/>
        <source>Another station or the Seller Center changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="159"/>
        <source>These items are not in package %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="160"/>
        <source>These items are not in package %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="161"/>
        <source>That choice is not offered for the missing items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="162"/>
        <source>Every item is missing: nothing is left to ship now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="163"/>
        <source>Reject the package instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="164"/>
        <source>There is no reject reason %1: the settings list %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="165"/>
        <source>The package cannot be handed over without the carrier&apos;s tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="166"/>
        <source>The package cannot be handed over without its shipping company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="167"/>
        <source>%1 packages could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="168"/>
        <source>The Seller Center is not signed in with a user name and password: paste the API key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="171"/>
        <source>The Seller Center gives no product photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="172"/>
        <source>The OMS offers no choice for missing items: report them out of stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="174"/>
        <source>This label is ZPL, commands for a thermal label printer (Zebra): it cannot be shown on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="178"/>
        <source>Print (F10) sends it unchanged to the label printer chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="180"/>
        <source>The package cannot be handed to the courier while it is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="181"/>
        <source>The package cannot be repacked while it is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="182"/>
        <source>This is not an invoice number (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="184"/>
        <source>the invoice number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="185"/>
        <source>the invoice number is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="186"/>
        <source>the invoice number holds control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="187"/>
        <source>The invoice number was not sent; scan it again when the OMS is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="188"/>
        <source>It is not known whether the invoice number was saved; scanning it again is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="189"/>
        <source>The OMS did not confirm the invoice number; scanning it again is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="190"/>
        <source>The OMS no longer offers to ship it: it is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="191"/>
        <source>The OMS has no such package (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="192"/>
        <source>The OMS made the invoice but sent nothing back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="194"/>
        <source>Preparing cannot be started while the package is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="195"/>
        <source>Packing is not possible while the package is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="196"/>
        <source>Items cannot be reported out of stock while the package is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="197"/>
        <source>The package cannot be refused while it is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="198"/>
        <source>The OMS offers %1 instead of %2; check the pack command setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="199"/>
        <source>reporting out of stock needs the package items that are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="200"/>
        <source>refusing a package needs a denial reason id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="201"/>
        <source>no package items given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="203"/>
        <source>%1 must be %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="204"/>
        <source>The setting %1 in the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="205"/>
        <source>Until it is changed in the settings, the default (%1) is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="206"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="207"/>
        <source>on or off (true/false, yes/no, 1/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="208"/>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="209"/>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="210"/>
        <source>one of %1, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="211"/>
        <source>package state numbers separated by commas, e.g. 100,200,400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="212"/>
        <source>a stock location id (a whole number, 0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="213"/>
        <source>one word without spaces, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="214"/>
        <source>a size in millimetres like 100x150 (width %1 to %2, height %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="217"/>
        <source>The settings file could not be backed up before its upgrade (%1); it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="231"/>
        <source>--demo runs against the built-in simulator; leave out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="219"/>
        <source>The app needs to know which OMS to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="220"/>
        <source>Not set: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="221"/>
        <source>Set them in the environment (the token only there), or start with --demo to try the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="224"/>
        <source>The OMS address is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="225"/>
        <source>The app needs to know which Seller Center to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="226"/>
        <source>Set them in the environment (the API key only there), or start with --demo to try the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="229"/>
        <source>The Seller Center address is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="230"/>
        <source>The API key is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="233"/>
        <source>Something went wrong (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="234"/>
        <source>The details are in the log file; the app keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="235"/>
        <source>Scans are not saved on this PC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="237"/>
        <source>The journal is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="238"/>
        <source>The journal at %1 could not be written or read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="239"/>
        <source>The journal at %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="240"/>
        <source>The journal at %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="242"/>
        <source>No serial scanner port is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="243"/>
        <source>The scanner on %1 could not be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="244"/>
        <source>The scanner on %1 was disconnected: plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="245"/>
        <source>The scanner on %1 stopped working: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="247"/>
        <source>the OMS sent an empty label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="248"/>
        <source>its format is not supported (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="249"/>
        <source>the image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="250"/>
        <source>the image is not a PNG, JPEG or GIF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="251"/>
        <source>the image is too large (%1 x %2 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="252"/>
        <source>the image could not be decoded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="253"/>
        <source>the PDF is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="254"/>
        <source>the PDF is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="255"/>
        <source>the PDF is damaged or not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="256"/>
        <source>the PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="257"/>
        <source>the HTML label is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="258"/>
        <source>printing could not start on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="259"/>
        <source>no printer is set up, and no PDF file was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="260"/>
        <source>the PDF file “%1” cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="261"/>
        <source>the PDF file “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="262"/>
        <source>the printer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="263"/>
        <source>there is no number to put in a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="264"/>
        <source>“%1” cannot be written as a Code128 barcode (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="265"/>
        <source>The command barcodes do not fit a column %1 mm wide; print the sheet on A4 or Letter paper, portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="269"/>
        <source>The PDF file “%1” cannot be written: its folder does not exist or is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="272"/>
        <source>The PDF page size could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="273"/>
        <source>Cannot print the command sheet to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="274"/>
        <location filename="../instore_app/ui/oms_messages.py" line="279"/>
        <source>A new page of the command sheet could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="275"/>
        <source>The page is too short for the command sheet; print it on A4 or Letter paper, portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="278"/>
        <source>The barcode for %1 could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="281"/>
        <source>The folder “%1” cannot be made: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="282"/>
        <source>The PDF file “%1” was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="284"/>
        <source>No system keyring was found: the token is kept until the app closes and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="288"/>
        <source>The system keyring did not accept the token (it may be locked): the token is kept until the app closes and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="294"/>
        <source>To keep it, install and unlock a Secret Service keyring, such as GNOME Keyring (the gnome-keyring package) or KeePassXC with its Secret Service integration turned on, then start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="299"/>
        <source>To keep it, check that this Windows user can use the Windows Credential Manager (built into Windows), then start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="304"/>
        <source>To keep it, unlock the login keychain in Keychain Access (built into macOS), then start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="308"/>
        <source>The settings could not be saved: %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="309"/>
        <source>The settings file %1 is damaged; it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutOfStockChoiceDialog</name>
    <message>
        <location filename="../instore_app/ui/out_of_stock_choice.py" line="40"/>
        <source>Which items are missing? The ones not scanned yet are ticked. Space: tick/untick, Enter: next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/out_of_stock_choice.py" line="44"/>
        <location filename="../instore_app/ui/out_of_stock_choice.py" line="114"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/out_of_stock_choice.py" line="96"/>
        <source>Every item is missing, so nothing is left to ship: the package is rejected. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/out_of_stock_choice.py" line="98"/>
        <source>%1 item(s) missing. What happens to them? Press the number, or choose and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/out_of_stock_choice.py" line="100"/>
        <source>Esc: back to the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/out_of_stock_choice.py" line="119"/>
        <source>Ship the rest now: the missing items go to a new package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/out_of_stock_choice.py" line="121"/>
        <source>Reject the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/out_of_stock_choice.py" line="122"/>
        <source>Reject the missing items (%1), ship the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/out_of_stock_choice.py" line="133"/>
        <source>Ship the rest now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/out_of_stock_choice.py" line="133"/>
        <source>Reject</source>
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
    <name>PackageHistory</name>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="39"/>
        <source>Credit card</source>
        <extracomment>A package shown is read this long after it is shown, if it is still the one shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="40"/>
        <source>Funds transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="41"/>
        <source>Pay on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="44"/>
        <source>Standard delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="45"/>
        <source>Same-day delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="46"/>
        <source>Express delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="47"/>
        <source>Click &amp; collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="100"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="103"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="103"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="103"/>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="149"/>
        <source>Reading the order and the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="176"/>
        <source>Some of the history is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="178"/>
        <source>Nobody has moved it since the order came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="182"/>
        <source>The order could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="182"/>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="190"/>
        <source>No package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="198"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="201"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="203"/>
        <source>Customer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="205"/>
        <source>Gift note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="205"/>
        <source>gift box, no note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="206"/>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="206"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="216"/>
        <source>the OMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="230"/>
        <source>Pay on delivery: the courier collects the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_history.py" line="233"/>
        <source>Pay on delivery: the courier collects %1.</source>
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
        <location filename="../instore_app/ui/package_list_model.py" line="69"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="70"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="71"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="72"/>
        <source>Pack by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="73"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="74"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="75"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="76"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="79"/>
        <source>Gift box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="80"/>
        <source>Click &amp; collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="223"/>
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
        <location filename="../instore_app/ui/package_view.py" line="153"/>
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
        <location filename="../instore_app/ui/package_view.py" line="162"/>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackingBench</name>
    <message>
        <location filename="../instore_app/ui/bench.py" line="109"/>
        <source>Confirmed items / items to pack</source>
        <extracomment>The list takes this share of the width; the item to scan next (or the label) the rest. The bench&apos;s buttons, in order (each also has its key and its command barcode). A bench button was pressed (the same command as its key and barcode). A code typed by hand in the scan field (the window treats it like a scan). Enter on the empty scan field: acknowledge the red banner, or say yes to the question. The bench painted this Work whole (or None): for the widgets in `details_slot`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="127"/>
        <source>Scan, or type a code and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="270"/>
        <source>Undo last</source>
        <extracomment>Codes whose parameters are messages from the Qt-free layers (translated sentence by sentence).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="271"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="272"/>
        <source>Out of stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="273"/>
        <source>Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="274"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="275"/>
        <source>Print label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="276"/>
        <source>Packed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="277"/>
        <source>Next package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="278"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="288"/>
        <source>✔ All items confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="294"/>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="298"/>
        <source>%1 of %2 scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="299"/>
        <source>Scan next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="319"/>
        <source>OVERDUE: pack by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="319"/>
        <source>Pack by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="350"/>
        <location filename="../instore_app/ui/bench.py" line="376"/>
        <source>The label appears here after packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="360"/>
        <source>The OMS sent a label that cannot be shown. Print it from the OMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="370"/>
        <source>Reading the label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="372"/>
        <source>The label could not be read. Press F10 to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="374"/>
        <source>No label: this package was not packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="267"/>
        <source>Scan a package number to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="309"/>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="316"/>
        <source>Order %1</source>
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
        <location filename="../instore_app/settings/table.py" line="95"/>
        <source>The Seller Center address, e.g. https://seller-center.akinon.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="101"/>
        <source>The word before the API key in Seller Center&apos;s Authorization header (empty: the key alone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="110"/>
        <source>The OMS command that packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="114"/>
        <source>Pack as soon as the last item is scanned (otherwise on F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="119"/>
        <source>Ask for the invoice&apos;s barcode before packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="128"/>
        <source>The package states listed (OMS enum values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="137"/>
        <source>Seller Center: the reasons items are rejected with, sent as written (the defaults show in Turkish).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="144"/>
        <source>How often the list reloads, in seconds (F5 reloads now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="150"/>
        <source>The label printer (empty: the system&apos;s default printer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="155"/>
        <source>The label&apos;s width and height in millimetres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="159"/>
        <source>Print the label as soon as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="166"/>
        <source>Keys closer than this are a scanner, not a person (Bluetooth scanners need 80-120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="173"/>
        <source>A serial scanner&apos;s port, e.g. /dev/ttyACM0 or COM3 (empty: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="178"/>
        <source>The serial scanner&apos;s speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="185"/>
        <source>The app&apos;s language, and of OMS state names: tr or en (empty: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="189"/>
        <source>Beep on scans.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="71"/>
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
        <location filename="../instore_app/ui/setup_seller_center.py" line="56"/>
        <source>1. OMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="155"/>
        <source>Akinon OMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="156"/>
        <source>Seller Center (marketplace seller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="161"/>
        <source>none: the key alone, as the Seller Center documents it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="167"/>
        <source>Allow an unencrypted (http://) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="169"/>
        <source>Only for a test OMS on your own network: the token would be sent without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="171"/>
        <source>Packs through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="172"/>
        <location filename="../instore_app/ui/setup_form.py" line="173"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="174"/>
        <source>Word before the key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="180"/>
        <source>2. Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_seller_center.py" line="72"/>
        <source>or paste an API token instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="188"/>
        <location filename="../instore_app/ui/setup_seller_center.py" line="73"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="195"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="196"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="197"/>
        <location filename="../instore_app/ui/setup_seller_center.py" line="71"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="204"/>
        <location filename="../instore_app/ui/setup_seller_center.py" line="57"/>
        <source>3. This store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="207"/>
        <source>the seller&apos;s name, printed on the packing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="209"/>
        <source>The Seller Center has no stock location: the seller is the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="224"/>
        <source>Stock location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="226"/>
        <source>Seller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="231"/>
        <source>Label printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="235"/>
        <source>Print the label as soon as it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="236"/>
        <source>Printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="237"/>
        <source>Label size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="242"/>
        <source>Packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="243"/>
        <source>Pack as soon as the last item is scanned (otherwise F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="244"/>
        <source>Ask for the invoice number before packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="247"/>
        <source>Complete packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="248"/>
        <source>Complete packaging without shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="249"/>
        <source>Channel-based complete packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="255"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="258"/>
        <source>Pack command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="259"/>
        <source>Reload the list every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="263"/>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="265"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="266"/>
        <source>Bluetooth scanners often need 80-120 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="271"/>
        <source>Key interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="273"/>
        <source>Serial port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="274"/>
        <source>Baud rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="278"/>
        <source>Screen and sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="280"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="283"/>
        <source>A new language applies after the app is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="284"/>
        <source>Beep on scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="285"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="105"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="107"/>
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
        <location filename="../instore_app/ui/setup_signin.py" line="144"/>
        <source>Signed in (with the saved token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="187"/>
        <source>Or paste an API token instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="216"/>
        <source>Sign in first, then type to find the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="294"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="298"/>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="302"/>
        <source>None (USB keyboard scanner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="306"/>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_seller_center.py" line="56"/>
        <source>1. Seller Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_seller_center.py" line="57"/>
        <source>3. The seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_seller_center.py" line="71"/>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_seller_center.py" line="72"/>
        <source>the Seller Center API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_seller_center.py" line="73"/>
        <source>Check the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_seller_center.py" line="111"/>
        <source>Enter the Seller Center address, e.g. https://seller-center.akinon.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_seller_center.py" line="136"/>
        <source>API key saved for this Seller Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_seller_center.py" line="148"/>
        <source>Paste the Seller Center API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_seller_center.py" line="157"/>
        <source>Checking the API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_seller_center.py" line="173"/>
        <source>The Seller Center accepted the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_seller_center.py" line="186"/>
        <source>The Seller Center did not accept this API key (or its prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="89"/>
        <source>Enter the OMS address, e.g. https://your-oms.akinon.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="91"/>
        <source>This address is not encrypted (http://). Use https://, or tick “Allow an unencrypted address” if this is a test OMS on your own network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="96"/>
        <source>“%1” is not a web address (expected https://your-oms.akinon.net).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="157"/>
        <source>Checking the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="168"/>
        <source>Enter a user name and password, or paste a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="171"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="191"/>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="216"/>
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
        <location filename="../instore_app/ui/setup_signin.py" line="242"/>
        <source>The OMS did not accept this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="250"/>
        <source>The saved sign-in is no longer accepted. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="251"/>
        <source>The stock locations could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="221"/>
        <source>Check the OMS address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="225"/>
        <source>Sign in first (or paste a token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="231"/>
        <source>Choose this store&apos;s stock location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="247"/>
        <source>Check the Seller Center address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="251"/>
        <source>Check the API key first.</source>
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
        <source>Or paste an API token</source>
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
        <location filename="../instore_app/ui/today_view.py" line="36"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="36"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="36"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="36"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="36"/>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="54"/>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="55"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="56"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="60"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="61"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="62"/>
        <source>Packing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="63"/>
        <source>Could not be read: open it and press F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="81"/>
        <source>Packed here today: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
