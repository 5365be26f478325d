<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en">
<context>
    <name>BenchCommand</name>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="99"/>
        <source>Pack</source>
        <extracomment>Row by row, two to a row: the most used first. Narrowest module printed (paper, a packer&apos;s arm&apos;s length); widest wanted. Modules are k/600 inch: a whole number of dots at 300, 600 and 1200 dpi.</extracomment>
        <translation>Paketle</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="100"/>
        <source>Out of stock</source>
        <translation>Stokta yok</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="101"/>
        <source>Refuse</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="102"/>
        <source>Undo last scan</source>
        <translation>Son okutmayı geri al</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="103"/>
        <source>Start over</source>
        <translation>Baştan başla</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="104"/>
        <source>Next package</source>
        <translation>Sonraki paket</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="105"/>
        <source>Print label</source>
        <translation>Etiket yazdır</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="106"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="107"/>
        <source>OK (acknowledge)</source>
        <translation>Tamam (onayla)</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="108"/>
        <source>Packed today</source>
        <translation>Bugün paketlenenler</translation>
    </message>
</context>
<context>
    <name>BenchItemsModel</name>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="61"/>
        <source>Product</source>
        <extracomment>The address of the product&apos;s photo (image column). A product photo arrived: its address (the bench repaints what shows it).</extracomment>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="62"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="63"/>
        <source>Barcode</source>
        <translation>Barkod</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="64"/>
        <source>Size</source>
        <translation>Beden</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="65"/>
        <source>Colour</source>
        <translation>Renk</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="66"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="69"/>
        <source>✔ Confirmed</source>
        <translation>✔ Okutuldu</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="70"/>
        <source>Scan it</source>
        <translation>Okutun</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="71"/>
        <source>Not to be packed</source>
        <translation>Paketlenmeyecek</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_model.py" line="73"/>
        <source>Not scanned</source>
        <translation>Okutulmadı</translation>
    </message>
</context>
<context>
    <name>BenchScreen</name>
    <message>
        <location filename="../instore_app/ui/bench_screen.py" line="311"/>
        <source>Tick the missing items first (Space).</source>
        <extracomment>Print through the print dialog (another printer, copies...); F10 prints without one. A package is on the bench (its session may still be reading): package id. The station finished a package: package id, &quot;pack&quot; / &quot;refuse&quot; / &quot;out_of_stock&quot;. A package&apos;s label (or packing slip) is ready: package id. The bench shows another package (or None: back to the list). Show the &quot;Packed today&quot; page. The OMS wants a new sign-in. Something to say on the list page (None: clear it). The journal fails (message) or works again (None).</extracomment>
        <translation>Önce eksik ürünleri işaretleyin (Boşluk).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench_screen.py" line="317"/>
        <source>“%1” is not possible while this question is open.</source>
        <translation>Bu soru açıkken “%1” yapılamaz.</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="154"/>
        <location filename="../instore_app/labels/command_sheet.py" line="262"/>
        <source>Packing station — command barcodes</source>
        <translation>Paketleme istasyonu — komut barkodları</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="270"/>
        <source>Scan a barcode instead of pressing its key. Print this page at actual size (100 %), not “fit to page”.</source>
        <translation>Tuşa basmak yerine barkodunu okutun. Bu sayfayı “sayfaya sığdır” ile değil, gerçek boyutunda yazdırın.</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/command_sheet.py" line="301"/>
        <source>key</source>
        <translation>tuş</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../instore_app/ui/tasks.py" line="21"/>
        <source>Something went wrong (%1). The details are in the log file; the app keeps working.</source>
        <translation>Bir sorun oluştu (%1). Ayrıntılar günlük dosyasında; uygulama çalışmaya devam ediyor.</translation>
    </message>
</context>
<context>
    <name>FiguresStrip</name>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="49"/>
        <source>Today at this station</source>
        <extracomment>Debounces :meth:`refresh_soon`: a burst of scans costs one read of the journal.</extracomment>
        <translation>Bugün bu istasyonda</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="74"/>
        <source>Packed</source>
        <translation>Paketlenen</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="74"/>
        <source>Packages packed at this station today</source>
        <translation>Bugün bu istasyonda paketlenen paketler</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="77"/>
        <source>Items scanned</source>
        <translation>Okutulan ürün</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="77"/>
        <source>Items confirmed by a scan today (undone ones included)</source>
        <translation>Bugün okutularak onaylanan ürünler (geri alınanlar dahil)</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="80"/>
        <source>Wrong scans</source>
        <translation>Hatalı okutma</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="80"/>
        <source>Scans that turned the screen red today</source>
        <translation>Bugün ekranı kırmızıya çeviren okutmalar</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="83"/>
        <source>Median per package</source>
        <translation>Paket başına medyan</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="84"/>
        <source>Median time from opening a package to packing it today (minutes:seconds)</source>
        <translation>Bugün bir paketin açılmasından paketlenmesine kadar geçen medyan süre (dakika:saniye)</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="87"/>
        <location filename="../instore_app/ui/figures_strip.py" line="123"/>
        <source>From this PC&apos;s journal, since midnight</source>
        <translation>Bu bilgisayarın kayıtlarından, gece yarısından beri</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="114"/>
        <source>Scans are not saved on this PC, so there are no figures.</source>
        <translation>Okutmalar bu bilgisayara kaydedilmiyor, bu yüzden rakam yok.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/figures_strip.py" line="121"/>
        <source>The figures cannot be read: %1</source>
        <translation>Rakamlar okunamıyor: %1</translation>
    </message>
</context>
<context>
    <name>LabelPrinting</name>
    <message>
        <location filename="../instore_app/labels/output.py" line="50"/>
        <source>the printer “%1” is not found on this PC. Choose the printer in Settings (Ctrl+,), or start the app with --printer NAME. The label is saved as a PDF file: %2</source>
        <translation>“%1” yazıcısı bu bilgisayarda bulunamadı. Yazıcıyı Ayarlar&apos;dan (Ctrl+,) seçin ya da uygulamayı --printer AD ile başlatın. Etiket PDF dosyası olarak kaydedildi: %2</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/output.py" line="55"/>
        <source>no label printer is chosen on this PC. Choose the printer in Settings (Ctrl+,), or start the app with --printer NAME. The label is saved as a PDF file: %2</source>
        <translation>bu bilgisayarda etiket yazıcısı seçilmemiş. Yazıcıyı Ayarlar&apos;dan (Ctrl+,) seçin ya da uygulamayı --printer AD ile başlatın. Etiket PDF dosyası olarak kaydedildi: %2</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/output.py" line="92"/>
        <source>label</source>
        <translation>etiket</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/printing.py" line="67"/>
        <source>Shipping label</source>
        <translation>Kargo etiketi</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/printing.py" line="146"/>
        <source>Print label</source>
        <translation>Etiketi yazdır</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/printing.py" line="197"/>
        <source>The label was not printed: {reason}</source>
        <translation>Etiket yazdırılamadı: {reason}</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/printing.py" line="198"/>
        <source>Label not printed</source>
        <translation>Etiket yazdırılamadı</translation>
    </message>
</context>
<context>
    <name>LabelView</name>
    <message>
        <location filename="../instore_app/labels/view.py" line="74"/>
        <location filename="../instore_app/labels/view.py" line="78"/>
        <source>The label could not be shown: {reason}</source>
        <translation>Etiket gösterilemedi: {reason}</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/view.py" line="82"/>
        <source>page 1 of {count}</source>
        <translation>sayfa 1 / {count}</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/view.py" line="133"/>
        <source>Shipping label</source>
        <translation>Kargo etiketi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="133"/>
        <source>Packing station</source>
        <extracomment>While the OMS can&apos;t be reached, the list is retried this often (so the banner clears soon). The window&apos;s keys for bench commands (Enter, which acknowledges, comes from the scan field). Emitted after each list refresh has been applied (for tests and benchmarks). A package&apos;s detail is shown in the list page. A package is open on the bench. A command finished and the bench shows its result: package id, action name. A label or packing slip is on screen: package id. A sound was asked for: &quot;ok&quot;, &quot;error&quot;, &quot;complete&quot; or &quot;label&quot; (also when sound is off). The station signed in again (after a 401) and got this token.</extracomment>
        <translation>Paketleme istasyonu</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="223"/>
        <source>Filter by package or order number</source>
        <translation>Paket veya sipariş numarasıyla filtrele</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="228"/>
        <source>Filter (Ctrl+F, F4)</source>
        <translation>Filtrele (Ctrl+F, F4)</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="234"/>
        <source>Refresh (F5)</source>
        <translation>Yenile (F5)</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="236"/>
        <source>Reload the list from the OMS (F5)</source>
        <translation>Listeyi OMS&apos;den yeniden yükle (F5)</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="238"/>
        <source>Settings…</source>
        <translation>Ayarlar…</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="240"/>
        <source>The OMS, this store, the printer and the scanner (Ctrl+,)</source>
        <translation>OMS, bu mağaza, yazıcı ve barkod okuyucu (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="243"/>
        <location filename="../instore_app/ui/main_window.py" line="526"/>
        <source>About</source>
        <translation>Hakkında</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="245"/>
        <source>Open (Enter)</source>
        <translation>Aç (Enter)</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="246"/>
        <source>Open the selected package on the bench (Enter)</source>
        <translation>Seçili paketi paketleme ekranında aç (Enter)</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="251"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="263"/>
        <source>Scan a package number, or choose a package and press Enter, to start packing.</source>
        <translation>Paketlemeye başlamak için bir paket numarası okutun ya da bir paket seçip Enter&apos;a basın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="290"/>
        <source>Refreshing…</source>
        <translation>Yenileniyor…</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="302"/>
        <source>Updated %1</source>
        <translation>Güncellendi: %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="329"/>
        <source>No package matches “%1”.</source>
        <translation>“%1” ile eşleşen paket yok.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="345"/>
        <source>%1 packages</source>
        <translation>%1 paket</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="347"/>
        <source>%1 of %2 packages</source>
        <translation>%1 / %2 paket</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="350"/>
        <source>%1 overdue</source>
        <translation>%1 gecikmiş</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="376"/>
        <location filename="../instore_app/ui/main_window.py" line="393"/>
        <source>Loading package %1…</source>
        <translation>%1 paketi yükleniyor…</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="457"/>
        <source>Scans are not being saved: %1</source>
        <translation>Okutmalar kaydedilmiyor: %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="482"/>
        <source>The package could not be loaded.</source>
        <translation>Paket yüklenemedi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="507"/>
        <source>Last updated at %1.</source>
        <translation>Son güncelleme: %1.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="509"/>
        <source>The list has not been loaded yet.</source>
        <translation>Liste henüz yüklenmedi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="514"/>
        <source>Offline: %1</source>
        <translation>Bağlantı yok: %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="517"/>
        <source>Scanning into the open package still works; packing waits until you try again.</source>
        <translation>Açık pakete okutma çalışmaya devam ediyor; paketleme siz tekrar deneyene kadar bekler.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="527"/>
        <source>Packing station %1
For stores that fulfil online orders through Akinon OMS.
OMS: %2</source>
        <translation>Paketleme istasyonu %1
Online siparişleri Akinon OMS ile karşılayan mağazalar için.
OMS: %2</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="544"/>
        <source>Settings saved: they apply when the app starts again.</source>
        <translation>Ayarlar kaydedildi: uygulama yeniden başlatılınca geçerli olur.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/main_window.py" line="553"/>
        <source>The OMS did not accept that. Try again.</source>
        <translation>OMS bunu kabul etmedi. Tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../instore_app/ui/notes.py" line="24"/>
        <source>Opening package %1… Scan the items now: they count as soon as it is read.</source>
        <translation>%1 paketi açılıyor… Ürünleri şimdi okutabilirsiniz: paket okununca sayılırlar.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="25"/>
        <source>Reading package %1… %2 scans kept: they count as soon as it is read.</source>
        <translation>%1 paketi okunuyor… %2 okutma bekliyor: paket okununca sayılırlar.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="26"/>
        <source>Scan the items: %1 to go</source>
        <translation>Ürünleri okutun: %1 kaldı</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="27"/>
        <source>All items confirmed: press %1 to pack</source>
        <translation>Tüm ürünler onaylandı: paketlemek için %1 tuşuna basın</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="28"/>
        <source>All items confirmed, but the OMS does not offer packing for this package now. Close it (Esc).</source>
        <translation>Tüm ürünler onaylandı, ancak OMS bu paket için şu an paketlemeye izin vermiyor. Paketi kapatın (Esc).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="31"/>
        <source>This package has nothing to pack here. Refuse it or close it (Esc).</source>
        <translation>Bu pakette burada paketlenecek ürün yok. Paketi reddedin ya da kapatın (Esc).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="32"/>
        <source>Package %1 could not be read. Scan its number again (%2 scans are kept for it), or press Esc.</source>
        <translation>%1 paketi okunamadı. Numarasını yeniden okutun (bu paket için %2 okutma saklanıyor) ya da Esc tuşuna basın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="35"/>
        <source>This package is “%1” now: nothing to do here. Scan the next package.</source>
        <translation>Bu paket artık “%1”: burada yapılacak bir şey yok. Sonraki paketi okutun.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="37"/>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="38"/>
        <source>✖ Too many: all %1 of “%2” are already confirmed. Put this one back.</source>
        <translation>✖ Fazla: “%2” ürününün %1 adedinin hepsi zaten onaylandı. Bunu geri koyun.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="39"/>
        <source>✖ Wrong package: this item belongs to package %1.</source>
        <translation>✖ Yanlış paket: bu ürün %1 paketine ait.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="40"/>
        <source>✖ “%1” is not to be packed (it is %2).</source>
        <translation>✖ “%1” paketlenmeyecek (durumu: %2).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="41"/>
        <source>✖ Unknown code “%1”: not an item of this package.</source>
        <translation>✖ Bilinmeyen kod “%1”: bu paketin ürünü değil.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="42"/>
        <source>“%1” is not a package number waiting at this store. Scan the package&apos;s label.</source>
        <translation>“%1” bu mağazada bekleyen bir paket numarası değil. Paketin etiketini okutun.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="43"/>
        <source>“%1” is a command barcode this version does not know. Print a new command sheet.</source>
        <translation>“%1” bu sürümün tanımadığı bir komut barkodu. Yeni bir komut sayfası yazdırın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="46"/>
        <source>✖ This scan did NOT count: scans are not being saved on this PC (%1). Scan it again when this banner is gone.</source>
        <translation>✖ Bu okutma SAYILMADI: okutmalar bu bilgisayara kaydedilemiyor (%1). Bu uyarı kaybolunca yeniden okutun.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="49"/>
        <source>This package is finished. Scan the next package number, or press %1.</source>
        <translation>Bu paket tamamlandı. Sonraki paket numarasını okutun ya da %1 tuşuna basın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="50"/>
        <source>This package is being finished. Scan the next package number, or press %1.</source>
        <translation>Bu paket tamamlanıyor. Sonraki paket numarasını okutun ya da %1 tuşuna basın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="53"/>
        <source>Undone: “%1”. Scan it again when it is in the box.</source>
        <translation>Geri alındı: “%1”. Kutuya koyunca yeniden okutun.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="54"/>
        <source>Nothing to undo.</source>
        <translation>Geri alınacak bir şey yok.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="55"/>
        <source>Started over: %1 scans forgotten. Scan the items again.</source>
        <translation>Baştan başlandı: %1 okutma silindi. Ürünleri yeniden okutun.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="56"/>
        <source>The OMS changed this package: %1 confirmed items are no longer to be packed.</source>
        <translation>OMS bu paketi değiştirdi: onaylanan %1 ürün artık paketlenmeyecek.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="60"/>
        <source>Open a package first: scan its number.</source>
        <translation>Önce bir paket açın: numarasını okutun.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="61"/>
        <source>“%1” is not possible now.</source>
        <translation>“%1” şu an yapılamaz.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="62"/>
        <source>Answer the question first: Enter (or OK) for yes, Esc (or Close) for no.</source>
        <translation>Önce soruyu yanıtlayın: evet için Enter (ya da Tamam), hayır için Esc (ya da Kapat).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="63"/>
        <source>That scan was not used: finish the open question first (OK to confirm, Close to cancel).</source>
        <translation>Bu okutma kullanılmadı: önce açık soruyu bitirin (onaylamak için Tamam, vazgeçmek için Kapat).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="66"/>
        <source>No other package is waiting.</source>
        <translation>Bekleyen başka paket yok.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="67"/>
        <source>Loading the denial reasons…</source>
        <translation>Ret nedenleri yükleniyor…</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="68"/>
        <source>The OMS has no active denial reasons; the package cannot be refused here.</source>
        <translation>OMS&apos;de etkin ret nedeni yok; paket burada reddedilemez.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="69"/>
        <source>Packing %1…</source>
        <translation>%1 paketleniyor…</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="70"/>
        <source>“%2” for %1 goes to the OMS as soon as it confirms the package is being prepared… You may scan the next package.</source>
        <translation>%1 için “%2”, OMS paketin hazırlandığını onaylar onaylamaz gönderilecek… Sonraki paketi okutabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="74"/>
        <source>%2 Checking whether the OMS did it for %1 (up to %3 s): nothing is sent twice. You may scan the next package.</source>
        <translation>%2 OMS&apos;nin bunu %1 için yapıp yapmadığı kontrol ediliyor (en çok %3 sn): hiçbir şey iki kez gönderilmez. Sonraki paketi okutabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="78"/>
        <source>Reporting out of stock for %1…</source>
        <translation>%1 için stokta yok bildiriliyor…</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="79"/>
        <source>Refusing %1…</source>
        <translation>%1 reddediliyor…</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="80"/>
        <source>Packed ✔  Put the label on the box. Scan the next package.</source>
        <translation>Paketlendi ✔  Etiketi kutuya yapıştırın. Sonraki paketi okutun.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="81"/>
        <source>Refused ✔  (%2)  The package goes back for re-planning.</source>
        <translation>Reddedildi ✔  (%2)  Paket yeniden planlamaya gidiyor.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="82"/>
        <source>Reported out of stock ✔  The OMS re-plans the items.</source>
        <translation>Stokta yok bildirildi ✔  OMS ürünleri yeniden planlıyor.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="83"/>
        <source>Another station or the OMS changed this package: it is “%1” now. Nothing to do here: scan the next package.</source>
        <translation>Başka bir istasyon ya da OMS bu paketi değiştirdi: artık “%1”. Burada yapılacak bir şey yok: sonraki paketi okutun.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="86"/>
        <source>Another station took this package first (it is “%1” now). Your scans are kept. Close it (Esc), or go on if it is yours.</source>
        <translation>Bu paketi önce başka bir istasyon aldı (artık “%1”). Okutmalarınız saklandı. Paketi kapatın (Esc) ya da sizdeyse devam edin.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="90"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="91"/>
        <source>Nothing was sent to the OMS: the command could not be saved on this PC first (%1). Try again when this banner is gone.</source>
        <translation>OMS&apos;ye hiçbir şey gönderilmedi: komut önce bu bilgisayara kaydedilemedi (%1). Bu uyarı kaybolunca yeniden deneyin.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="94"/>
        <source>Something went wrong (%1). The details are in the log file; the app keeps working.</source>
        <translation>Bir şeyler ters gitti (%1). Ayrıntılar günlük dosyasında; uygulama çalışmaya devam ediyor.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="98"/>
        <source>It is not known whether the OMS did “%2” for %1. Check the package in the OMS. Send it again anyway? Enter: send, Esc: no.</source>
        <translation>OMS&apos;nin %1 için “%2” işlemini yapıp yapmadığı bilinmiyor. Paketi OMS&apos;de kontrol edin. Yine de yeniden gönderilsin mi? Enter: gönder, Esc: hayır.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="102"/>
        <source>Start over on %1 and forget every scan? Enter: yes, Esc: no.</source>
        <translation>%1 için baştan başlansın ve tüm okutmalar silinsin mi? Enter: evet, Esc: hayır.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="103"/>
        <source>%2 is preparing %1 at another station. Take it over? Enter: take it over, Esc: leave it.</source>
        <translation>%1 paketini başka bir istasyonda %2 hazırlıyor. Devralınsın mı? Enter: devral, Esc: bırak.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="106"/>
        <source>Refuse %1: “%2”? Enter: refuse, Esc: no.</source>
        <translation>%1 reddedilsin mi: “%2”? Enter: reddet, Esc: hayır.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="107"/>
        <source>Report %2 items of %1 out of stock (%3)? Enter: report, Esc: no.</source>
        <translation>%1 paketinin %2 ürünü stokta yok olarak bildirilsin mi (%3)? Enter: bildir, Esc: hayır.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="110"/>
        <source>The OMS has no active denial reason %1: print a new command sheet.</source>
        <translation>OMS&apos;de %1 numaralı etkin bir ret nedeni yok: yeni bir komut sayfası yazdırın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="114"/>
        <source>The label could not be read. %1 Press %2 to read it again.</source>
        <translation>Etiket okunamadı. %1 Yeniden okumak için %2 tuşuna basın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="115"/>
        <source>Reading the label of %1…</source>
        <translation>%1 paketinin etiketi okunuyor…</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="116"/>
        <source>The label was not printed: %1</source>
        <translation>Etiket yazdırılmadı: %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="118"/>
        <source>%1 is packed; its label is in Packed today (F12).</source>
        <translation>%1 paketlendi; etiketi Bugün paketlenenler listesinde (F12).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="119"/>
        <source>%1 is refused.</source>
        <translation>%1 reddedildi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="120"/>
        <source>%1 is reported out of stock.</source>
        <translation>%1 için stokta yok bildirildi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="121"/>
        <source>✖ %1 was NOT finished: %2 Scan its number to deal with it.</source>
        <translation>✖ %1 TAMAMLANMADI: %2 İlgilenmek için numarasını okutun.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/notes.py" line="122"/>
        <source>✖ The label of %1 could not be read: %2 Open it from Packed today (F12) and press F10.</source>
        <translation>✖ %1 paketinin etiketi okunamadı: %2 Bugün paketlenenler listesinden (F12) açıp F10 tuşuna basın.</translation>
    </message>
</context>
<context>
    <name>OmsMessages</name>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="35"/>
        <source>The OMS rejected the request.</source>
        <extracomment>Every sentence the layers without Qt produce (and a few of the UI&apos;s own composed messages).</extracomment>
        <translation>OMS isteği reddetti.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="36"/>
        <source>The OMS did not accept the sign-in token.</source>
        <translation>OMS giriş token&apos;ını kabul etmedi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="37"/>
        <source>Sign in again.</source>
        <translation>Tekrar giriş yapın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="38"/>
        <source>This user is not allowed to do that in the OMS.</source>
        <translation>Bu kullanıcının OMS&apos;de bunu yapma yetkisi yok.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="39"/>
        <source>The OMS does not know this package any more.</source>
        <translation>OMS bu paketi artık tanımıyor.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="40"/>
        <source>The OMS does not allow this command in the package&apos;s current state.</source>
        <translation>OMS, paketin şu anki durumunda bu komuta izin vermiyor.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="41"/>
        <source>The OMS is busy (too many requests).</source>
        <translation>OMS meşgul (çok fazla istek).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="42"/>
        <source>Try again in a moment.</source>
        <translation>Birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="43"/>
        <source>The OMS had an internal error (HTTP %1).</source>
        <translation>OMS&apos;de bir iç hata oluştu (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="44"/>
        <source>The OMS answered HTTP %1.</source>
        <translation>OMS HTTP %1 yanıtı verdi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="46"/>
        <source>The OMS cannot be reached.</source>
        <translation>OMS&apos;ye ulaşılamıyor.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="47"/>
        <source>Check the network connection and the OMS address.</source>
        <translation>Ağ bağlantısını ve OMS adresini kontrol edin.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="48"/>
        <source>The OMS did not answer in time.</source>
        <translation>OMS zamanında yanıt vermedi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="49"/>
        <source>Check the network and try again.</source>
        <translation>Ağı kontrol edip tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="50"/>
        <source>The OMS&apos;s answer to the command could not be read.</source>
        <translation>OMS&apos;nin komuta verdiği yanıt okunamadı.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="51"/>
        <source>The OMS gave this package no usable label address.</source>
        <translation>OMS bu paket için kullanılabilir bir etiket adresi vermedi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="52"/>
        <source>The label is on an unencrypted address on another host; not fetched.</source>
        <translation>Etiket başka bir sunucuda, şifresiz bir adreste; indirilmedi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="53"/>
        <source>The OMS sent an empty label.</source>
        <translation>OMS boş bir etiket gönderdi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="54"/>
        <source>The label is too large to show (%1 MB).</source>
        <translation>Etiket gösterilemeyecek kadar büyük (%1 MB).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="55"/>
        <source>The product image address is not a web address.</source>
        <translation>Ürün görselinin adresi bir web adresi değil.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="56"/>
        <source>The product image is too large.</source>
        <translation>Ürün görseli çok büyük.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="57"/>
        <source>The OMS answered with a web page instead of data.</source>
        <translation>OMS veri yerine bir web sayfası döndürdü.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="58"/>
        <source>Check the OMS address.</source>
        <translation>OMS adresini kontrol edin.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="59"/>
        <source>The OMS sent data that could not be read (broken JSON).</source>
        <translation>OMS okunamayan veri gönderdi (bozuk JSON).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="60"/>
        <source>The OMS sent data in an unexpected shape (field “%1”: %2).</source>
        <translation>OMS beklenmeyen biçimde veri gönderdi (alan “%1”: %2).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="61"/>
        <source>“%1” is not a web address (expected https://your-oms.example.com).</source>
        <translation>“%1” bir web adresi değil (beklenen: https://your-oms.example.com).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="62"/>
        <source>“%1” is not encrypted (http://).</source>
        <translation>“%1” şifreli değil (http://).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="63"/>
        <source>Use https://, or pass --insecure if you really mean it.</source>
        <translation>https:// kullanın ya da bilerek istiyorsanız --insecure ile başlatın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="65"/>
        <source>The OMS&apos;s security certificate is not trusted (%1).</source>
        <translation>OMS&apos;nin güvenlik sertifikasına güvenilmiyor (%1).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="66"/>
        <source>Install the store&apos;s CA certificate in this PC&apos;s system certificates, or ask IT.</source>
        <translation>Mağazanın CA sertifikasını bu bilgisayarın sistem sertifikalarına yükleyin ya da BT ekibine danışın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="67"/>
        <source>The OMS&apos;s security certificate has expired.</source>
        <translation>OMS&apos;nin güvenlik sertifikasının süresi dolmuş.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="68"/>
        <source>Ask IT to renew it.</source>
        <translation>BT ekibinden yenilemesini isteyin.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="69"/>
        <source>The OMS&apos;s security certificate is for another address.</source>
        <translation>OMS&apos;nin güvenlik sertifikası başka bir adres için.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="70"/>
        <source>Check the OMS address, or ask IT.</source>
        <translation>OMS adresini kontrol edin ya da BT ekibine danışın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="71"/>
        <source>The OMS answered with a redirect (HTTP %1) to %2 instead of an answer.</source>
        <translation>OMS yanıt yerine %2 adresine bir yönlendirmeyle (HTTP %1) cevap verdi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="72"/>
        <source>The OMS answered with a redirect (HTTP %1) instead of an answer.</source>
        <translation>OMS yanıt yerine bir yönlendirmeyle (HTTP %1) cevap verdi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="73"/>
        <source>The label is larger than %1 MB; it was not fetched.</source>
        <translation>Etiket %1 MB&apos;tan büyük; alınmadı.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="74"/>
        <source>The product image is larger than %1 MB; it was not fetched.</source>
        <translation>Ürün görseli %1 MB&apos;tan büyük; alınmadı.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="75"/>
        <source>A page of a list from the OMS is larger than %1 MB; it was not read.</source>
        <translation>OMS&apos;den gelen bir liste sayfası %1 MB&apos;tan büyük; okunmadı.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="76"/>
        <source>The OMS&apos;s answer about the package is larger than %1 MB; it was not read.</source>
        <translation>OMS&apos;nin paketle ilgili yanıtı %1 MB&apos;tan büyük; okunmadı.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="77"/>
        <source>The OMS&apos;s answer is larger than %1 MB; it was not read.</source>
        <translation>OMS&apos;nin yanıtı %1 MB&apos;tan büyük; okunmadı.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="78"/>
        <source>The OMS&apos;s answer is compressed in a way the app cannot read (%1).</source>
        <translation>OMS&apos;nin yanıtı uygulamanın okuyamadığı bir biçimde sıkıştırılmış (%1).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="79"/>
        <source>The OMS&apos;s answer is compressed, but damaged; it could not be unpacked.</source>
        <translation>OMS&apos;nin yanıtı sıkıştırılmış ama bozuk; açılamadı.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="80"/>
        <source>The %1 is %2 (%3), which the app cannot show.</source>
        <translation>%1 %2 (%3); uygulama bunu gösteremez.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="81"/>
        <source>The %1 does not match its type: the OMS says %2, but it is %3.</source>
        <translation>%1 türüyle uyuşmuyor: OMS %2 diyor, ama içerik %3.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="82"/>
        <source>It was not shown.</source>
        <translation>Gösterilmedi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="83"/>
        <source>The OMS pointed the rest of the list at another address (%1); it was not followed, so the list may be incomplete.</source>
        <translation>OMS listenin devamını başka bir adrese yönlendirdi (%1); bu adres izlenmedi, bu yüzden liste eksik olabilir.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="87"/>
        <source>The OMS&apos;s list repeats a page; it was read once, so the list may be incomplete.</source>
        <translation>OMS&apos;nin listesi bir sayfayı tekrarlıyor; sayfa bir kez okundu, bu yüzden liste eksik olabilir.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="88"/>
        <source>The OMS&apos;s list is longer than %1 pages; only those were read.</source>
        <translation>OMS&apos;nin listesi %1 sayfadan uzun; yalnızca o kadarı okundu.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="90"/>
        <source>Nothing was sent; try again when it is back.</source>
        <translation>Hiçbir şey gönderilmedi; bağlantı gelince tekrar deneyin.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="91"/>
        <source>A command for this package is still on its way; wait for its answer.</source>
        <translation>Bu paket için bir komut hâlâ yolda; yanıtını bekleyin.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="92"/>
        <source>It is still not known whether the OMS applied %1.</source>
        <translation>OMS&apos;nin %1 komutunu uygulayıp uygulamadığı hâlâ bilinmiyor.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="93"/>
        <source>The OMS applied %1, but the package could not be read again: %2</source>
        <translation>OMS %1 komutunu uyguladı, ancak paket yeniden okunamadı: %2</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="94"/>
        <source>The OMS did not apply it (checked for %1 s); you may try again.</source>
        <translation>OMS bunu uygulamadı (%1 sn boyunca kontrol edildi); yeniden deneyebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="95"/>
        <source>The package could not be read again, so it is not known whether the OMS applied it; the next try checks first and never sends it twice.</source>
        <translation>Paket yeniden okunamadı, bu yüzden OMS&apos;nin uygulayıp uygulamadığı bilinmiyor; bir sonraki deneme önce kontrol eder ve asla iki kez göndermez.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="100"/>
        <source>The package changed in a way that does not tell whether the OMS applied it.</source>
        <translation>Paket, OMS&apos;nin uygulayıp uygulamadığını anlatmayacak biçimde değişti.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="101"/>
        <source>The OMS did not accept the command for this package (it is “%1”).</source>
        <translation>OMS bu paket için komutu kabul etmedi (paket “%1” durumunda).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="102"/>
        <source>This package is no longer %1: it is now “%2”.</source>
        <translation>Bu paket artık “%1” durumunda değil: şimdi “%2”.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="103"/>
        <source>Another station or the OMS changed it.</source>
        <translation>Başka bir istasyon ya da OMS değiştirdi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="104"/>
        <source>Scans are no longer saved on this PC: %1</source>
        <translation>Okutmalar artık bu bilgisayara kaydedilmiyor: %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="106"/>
        <source>The package cannot be handed to the courier while it is “%1”.</source>
        <translation>Paket “%1” durumundayken kuryeye verilemez.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="107"/>
        <source>The package cannot be repacked while it is “%1”.</source>
        <translation>Paket “%1” durumundayken yeniden paketlenemez.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="108"/>
        <source>This is not an invoice number (%1).</source>
        <translation>Bu bir fatura numarası değil (%1).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="109"/>
        <source>The invoice number was not sent; scan it again when the OMS is back.</source>
        <translation>Fatura numarası gönderilmedi; OMS geri gelince yeniden okutun.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="110"/>
        <source>It is not known whether the invoice number was saved; scanning it again is safe.</source>
        <translation>Fatura numarasının kaydedilip kaydedilmediği bilinmiyor; yeniden okutmak güvenlidir.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="111"/>
        <source>The OMS did not confirm the invoice number; scanning it again is safe.</source>
        <translation>OMS fatura numarasını doğrulamadı; yeniden okutmak güvenlidir.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="112"/>
        <source>The OMS no longer offers to ship it: it is “%1”.</source>
        <translation>OMS artık bu paketi kargoya vermeyi önermiyor: durumu “%1”.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="113"/>
        <source>The OMS has no such package (%1).</source>
        <translation>OMS&apos;te böyle bir paket yok (%1).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="114"/>
        <source>The OMS made the invoice but sent nothing back.</source>
        <translation>OMS faturayı oluşturdu ama hiçbir şey geri göndermedi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="116"/>
        <source>Preparing cannot be started while the package is “%1”.</source>
        <translation>Paket “%1” durumundayken hazırlamaya başlanamaz.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="117"/>
        <source>Packing is not possible while the package is “%1”.</source>
        <translation>Paket “%1” durumundayken paketlenemez.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="118"/>
        <source>Items cannot be reported out of stock while the package is “%1”.</source>
        <translation>Paket “%1” durumundayken ürünler stokta yok olarak bildirilemez.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="119"/>
        <source>The package cannot be refused while it is “%1”.</source>
        <translation>Paket “%1” durumundayken reddedilemez.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="120"/>
        <source>The OMS offers %1 instead of %2; check the pack command setting.</source>
        <translation>OMS %2 yerine %1 sunuyor; paketleme komutu ayarını kontrol edin.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="121"/>
        <source>reporting out of stock needs the package items that are missing</source>
        <translation>stokta yok bildirmek için eksik ürünler seçilmeli</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="122"/>
        <source>refusing a package needs a denial reason id</source>
        <translation>paketi reddetmek için bir ret nedeni seçilmeli</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="123"/>
        <source>no package items given</source>
        <translation>hiç ürün seçilmedi</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="125"/>
        <source>%1 must be %2, not “%3”.</source>
        <translation>%1 %2 olmalı, “%3” değil.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="126"/>
        <source>The setting %1 in the settings file</source>
        <translation>Ayarlar dosyasındaki %1 ayarı</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="127"/>
        <source>Until it is changed in the settings, the default (%1) is used.</source>
        <translation>Ayarlardan değiştirilene kadar varsayılan değer (%1) kullanılıyor.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="128"/>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="129"/>
        <source>on or off (true/false, yes/no, 1/0)</source>
        <translation>açık ya da kapalı (true/false, yes/no, 1/0)</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="130"/>
        <source>a whole number from %1 to %2</source>
        <translation>%1 ile %2 arasında bir tam sayı</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="131"/>
        <source>one of %1</source>
        <translation>şunlardan biri: %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="132"/>
        <source>one of %1, or empty</source>
        <translation>şunlardan biri ya da boş: %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="133"/>
        <source>package state numbers separated by commas, e.g. 100,200,400</source>
        <translation>virgülle ayrılmış paket durum numaraları, ör. 100,200,400</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="134"/>
        <source>a stock location id (a whole number, 0 or more)</source>
        <translation>bir stok lokasyonu numarası (0 veya daha büyük bir tam sayı)</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="135"/>
        <source>one word without spaces, or empty</source>
        <translation>boşluksuz tek bir kelime ya da boş</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="136"/>
        <source>a size in millimetres like 100x150 (width %1 to %2, height %3 to %4)</source>
        <translation>100x150 gibi milimetre cinsinden bir boyut (genişlik %1 ile %2, yükseklik %3 ile %4 arası)</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="139"/>
        <source>The settings file could not be backed up before its upgrade (%1); it was left as it was.</source>
        <translation>Ayarlar dosyası yükseltmeden önce yedeklenemedi (%1); olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="147"/>
        <source>The %1 backend is not available in this version yet; start with --backend oms.</source>
        <translation>%1 arka ucu bu sürümde henüz yok; --backend oms ile başlatın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="148"/>
        <source>--demo runs against the built-in simulator; leave out %1.</source>
        <translation>--demo yerleşik simülatörle çalışır; %1 seçeneğini kaldırın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="149"/>
        <source>Asking for the invoice number before packing is not available in this version yet; the setting is kept for when it is.</source>
        <translation>Paketlemeden önce fatura numarasını sormak bu sürümde henüz yok; ayar, geldiğinde kullanılmak üzere saklanıyor.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="141"/>
        <source>The app needs to know which OMS to use.</source>
        <translation>Uygulamanın hangi OMS&apos;yi kullanacağını bilmesi gerekiyor.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="142"/>
        <source>Not set: %1.</source>
        <translation>Ayarlanmamış: %1.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="143"/>
        <source>Set them in the environment (the token only there), or start with --demo to try the app.</source>
        <translation>Bunları ortam değişkenlerinde ayarlayın (token yalnızca orada) ya da uygulamayı denemek için --demo ile başlatın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="146"/>
        <source>The OMS address is not usable: %1</source>
        <translation>OMS adresi kullanılamıyor: %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="155"/>
        <source>Something went wrong (%1).</source>
        <translation>Bir sorun oluştu (%1).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="156"/>
        <source>The details are in the log file; the app keeps working.</source>
        <translation>Ayrıntılar günlük dosyasında; uygulama çalışmaya devam ediyor.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="157"/>
        <source>Scans are not saved on this PC: %1</source>
        <translation>Okutmalar bu bilgisayara kaydedilmiyor: %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="159"/>
        <source>The journal is closed.</source>
        <translation>Okutma kaydı kapalı.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="160"/>
        <source>The journal at %1 could not be written or read: %2.</source>
        <translation>%1 konumundaki okutma kaydı yazılamadı veya okunamadı: %2.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="161"/>
        <source>The journal at %1 cannot be opened: %2.</source>
        <translation>%1 konumundaki okutma kaydı açılamıyor: %2.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="162"/>
        <source>The journal at %1 is damaged (%2).</source>
        <translation>%1 konumundaki okutma kaydı bozuk (%2).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="164"/>
        <source>No serial scanner port is set.</source>
        <translation>Seri okuyucu portu ayarlanmamış.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="165"/>
        <source>The scanner on %1 could not be opened: %2.</source>
        <translation>%1 üzerindeki okuyucu açılamadı: %2.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="166"/>
        <source>The scanner on %1 was disconnected: plug it in again.</source>
        <translation>%1 üzerindeki okuyucunun bağlantısı kesildi: tekrar takın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="167"/>
        <source>The scanner on %1 stopped working: %2.</source>
        <translation>%1 üzerindeki okuyucu çalışmayı durdurdu: %2.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="169"/>
        <source>the OMS sent an empty label.</source>
        <translation>OMS boş bir etiket gönderdi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="170"/>
        <source>its format is not supported (%1).</source>
        <translation>biçimi desteklenmiyor (%1).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="171"/>
        <source>the image is empty.</source>
        <translation>görsel boş.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="172"/>
        <source>the image is not a PNG, JPEG or GIF.</source>
        <translation>görsel PNG, JPEG veya GIF değil.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="173"/>
        <source>the image is too large (%1 x %2 pixels).</source>
        <translation>görsel çok büyük (%1 x %2 piksel).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="174"/>
        <source>the image could not be decoded (%1).</source>
        <translation>görsel çözümlenemedi (%1).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="175"/>
        <source>the PDF is empty.</source>
        <translation>PDF boş.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="176"/>
        <source>the PDF is protected by a password.</source>
        <translation>PDF parola korumalı.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="177"/>
        <source>the PDF is damaged or not a PDF.</source>
        <translation>PDF bozuk ya da PDF değil.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="178"/>
        <source>the PDF has no pages.</source>
        <translation>PDF&apos;de sayfa yok.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="179"/>
        <source>the HTML label is empty.</source>
        <translation>HTML etiket boş.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="180"/>
        <source>printing could not start on %1.</source>
        <translation>%1 üzerinde yazdırma başlatılamadı.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="181"/>
        <source>no printer is set up, and no PDF file was chosen.</source>
        <translation>yazıcı ayarlanmamış ve PDF dosyası seçilmemiş.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="182"/>
        <source>the PDF file “%1” cannot be written.</source>
        <translation>“%1” PDF dosyası yazılamıyor.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="183"/>
        <source>the PDF file “%1”</source>
        <translation>“%1” PDF dosyası</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="184"/>
        <source>the printer “%1”</source>
        <translation>“%1” yazıcısı</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="185"/>
        <source>there is no number to put in a barcode.</source>
        <translation>barkoda yazılacak bir numara yok.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="186"/>
        <source>“%1” cannot be written as a Code128 barcode (%2).</source>
        <translation>“%1” Code128 barkodu olarak yazılamıyor (%2).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="187"/>
        <source>The command barcodes do not fit a column %1 mm wide; print the sheet on A4 or Letter paper, portrait.</source>
        <translation>Komut barkodları %1 mm genişliğindeki bir sütuna sığmıyor; sayfayı A4 veya Letter kâğıda, dikey yazdırın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="191"/>
        <source>The PDF file “%1” cannot be written: its folder does not exist or is read-only.</source>
        <translation>“%1” PDF dosyası yazılamıyor: klasörü yok ya da salt okunur.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="194"/>
        <source>The PDF page size could not be set.</source>
        <translation>PDF sayfa boyutu ayarlanamadı.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="195"/>
        <source>Cannot print the command sheet to %1.</source>
        <translation>Komut sayfası %1 üzerine yazdırılamıyor.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="196"/>
        <source>The page is too short for the command sheet; print it on A4 or Letter paper, portrait.</source>
        <translation>Sayfa komut sayfası için çok kısa; A4 veya Letter kâğıda, dikey yazdırın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="199"/>
        <source>The barcode for %1 could not be drawn.</source>
        <translation>%1 için barkod çizilemedi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="201"/>
        <source>No system keyring was found: the token is kept until the app closes and asked for again next time.</source>
        <translation>Sistem anahtarlığı bulunamadı: token uygulama kapanana kadar saklanır ve bir sonraki açılışta yeniden sorulur.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="205"/>
        <source>The system keyring did not accept the token (it may be locked): the token is kept until the app closes and asked for again next time.</source>
        <translation>Sistem anahtarlığı token&apos;ı kabul etmedi (kilitli olabilir): token uygulama kapanana kadar saklanır ve bir sonraki açılışta yeniden sorulur.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="211"/>
        <source>To keep it, install and unlock a Secret Service keyring, such as GNOME Keyring (the gnome-keyring package) or KeePassXC with its Secret Service integration turned on, then start the app again.</source>
        <translation>Token&apos;ı saklamak için GNOME Keyring (gnome-keyring paketi) ya da Secret Service entegrasyonu açık KeePassXC gibi bir Secret Service anahtarlığı kurup kilidini açın, ardından uygulamayı yeniden başlatın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="216"/>
        <source>To keep it, check that this Windows user can use the Windows Credential Manager (built into Windows), then start the app again.</source>
        <translation>Token&apos;ı saklamak için bu Windows kullanıcısının Windows Kimlik Bilgileri Yöneticisi&apos;ni (Windows&apos;ta yerleşik) kullanabildiğini kontrol edin, ardından uygulamayı yeniden başlatın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="221"/>
        <source>To keep it, unlock the login keychain in Keychain Access (built into macOS), then start the app again.</source>
        <translation>Token&apos;ı saklamak için Anahtar Zinciri Erişimi&apos;nde oturum açma anahtar zincirinin kilidini açın (macOS&apos;ta yerleşik), ardından uygulamayı yeniden başlatın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="225"/>
        <source>The settings could not be saved: %1 is not writable.</source>
        <translation>Ayarlar kaydedilemedi: %1 yazılabilir değil.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/oms_messages.py" line="226"/>
        <source>The settings file %1 is damaged; it was not overwritten.</source>
        <translation>%1 ayar dosyası bozuk; üzerine yazılmadı.</translation>
    </message>
</context>
<context>
    <name>OutOfStockDialog</name>
    <message>
        <location filename="../instore_app/ui/dialogs.py" line="56"/>
        <source>Out of stock</source>
        <translation>Stokta yok</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/dialogs.py" line="57"/>
        <source>Which items are missing? The ones not scanned yet are ticked. Space: tick/untick, Enter: report.</source>
        <translation>Hangi ürünler eksik? Henüz okutulmamış olanlar işaretli. Boşluk: işaretle/kaldır, Enter: bildir.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/dialogs.py" line="58"/>
        <source>Report out of stock</source>
        <translation>Stokta yok bildir</translation>
    </message>
</context>
<context>
    <name>PackageItemsModel</name>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="34"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="35"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="36"/>
        <source>Barcode</source>
        <translation>Barkod</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="37"/>
        <source>Size</source>
        <translation>Beden</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="38"/>
        <source>Colour</source>
        <translation>Renk</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="39"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="69"/>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
</context>
<context>
    <name>PackageListModel</name>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="68"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="69"/>
        <source>Order</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="70"/>
        <source>Placed</source>
        <translation>Sipariş tarihi</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="71"/>
        <source>Pack by</source>
        <translation>Son paketleme</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="72"/>
        <source>Items</source>
        <translation>Adet</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="73"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="74"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="75"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="78"/>
        <source>Gift box</source>
        <translation>Hediye paketi</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="79"/>
        <source>Click &amp; collect</source>
        <translation>Mağazadan teslim</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_list_model.py" line="222"/>
        <source>Overdue: the target packing time has passed</source>
        <translation>Gecikti: hedef paketleme zamanı geçti</translation>
    </message>
</context>
<context>
    <name>PackageNotes</name>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="89"/>
        <source>Gift box</source>
        <translation>Hediye paketi</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="92"/>
        <source>Order note: %1</source>
        <translation>Sipariş notu: %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="94"/>
        <source>Click &amp; collect: the customer picks this up in the store</source>
        <translation>Mağazadan teslim: müşteri paketi mağazadan alacak</translation>
    </message>
</context>
<context>
    <name>PackageView</name>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="106"/>
        <location filename="../instore_app/ui/package_view.py" line="148"/>
        <source>Select a package</source>
        <translation>Bir paket seçin</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="118"/>
        <source>Order:</source>
        <translation>Sipariş:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="119"/>
        <source>State:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="120"/>
        <source>Customer:</source>
        <translation>Müşteri:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="121"/>
        <source>Pack by:</source>
        <translation>Son paketleme:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/package_view.py" line="156"/>
        <source>Package %1</source>
        <translation>Paket %1</translation>
    </message>
</context>
<context>
    <name>PackingBench</name>
    <message>
        <location filename="../instore_app/ui/bench.py" line="105"/>
        <source>Confirmed items / items to pack</source>
        <extracomment>The list takes this share of the width; the item to scan next (or the label) the rest. The bench&apos;s buttons, in order (each also has its key and its command barcode). A bench button was pressed (the same command as its key and barcode). A code typed by hand in the scan field (the window treats it like a scan). Enter on the empty scan field: acknowledge the red banner, or say yes to the question.</extracomment>
        <translation>Okutulan ürün / paketlenecek ürün</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="123"/>
        <source>Scan, or type a code and press Enter</source>
        <translation>Okutun ya da bir kod yazıp Enter&apos;a basın</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="127"/>
        <source>Undo last</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="128"/>
        <source>Start over</source>
        <translation>Baştan başla</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="129"/>
        <source>Out of stock…</source>
        <translation>Stokta yok…</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="130"/>
        <source>Refuse…</source>
        <translation>Reddet…</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="131"/>
        <source>Pack</source>
        <translation>Paketle</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="132"/>
        <source>Print label</source>
        <translation>Etiket yazdır</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="133"/>
        <source>Packed today</source>
        <translation>Bugün paketlenenler</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="134"/>
        <source>Next package</source>
        <translation>Sonraki paket</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="135"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="280"/>
        <source>✔ All items confirmed</source>
        <translation>✔ Tüm ürünler onaylandı</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="286"/>
        <source>SKU %1</source>
        <translation>Stok kodu %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="290"/>
        <source>%1 of %2 scanned</source>
        <translation>%2 adetten %1 okutuldu</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="291"/>
        <source>Scan next</source>
        <translation>Sıradaki ürün</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="311"/>
        <source>OVERDUE: pack by %1</source>
        <translation>GECİKTİ: paketleme zamanı %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="342"/>
        <location filename="../instore_app/ui/bench.py" line="366"/>
        <source>The label appears here after packing.</source>
        <translation>Etiket paketlemeden sonra burada görünür.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="350"/>
        <source>The OMS sent a label that cannot be shown. Print it from the OMS.</source>
        <translation>OMS gösterilemeyen bir etiket gönderdi. Etiketi OMS&apos;den yazdırın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="360"/>
        <source>Reading the label…</source>
        <translation>Etiket okunuyor…</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="362"/>
        <source>The label could not be read. Press F10 to read it again.</source>
        <translation>Etiket okunamadı. Yeniden okumak için F10 tuşuna basın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="364"/>
        <source>No label: this package was not packed.</source>
        <translation>Etiket yok: bu paket paketlenmedi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="259"/>
        <source>Scan a package number to start</source>
        <translation>Başlamak için bir paket numarası okutun</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="301"/>
        <source>Package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="308"/>
        <source>Order %1</source>
        <translation>Sipariş %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/bench.py" line="311"/>
        <source>pack by %1</source>
        <translation>son paketleme %1</translation>
    </message>
</context>
<context>
    <name>PackingSlip</name>
    <message>
        <location filename="../instore_app/labels/slip.py" line="82"/>
        <source>Packing slip</source>
        <translation>Paket listesi</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/slip.py" line="88"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/slip.py" line="88"/>
        <source>Order</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/slip.py" line="141"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/slip.py" line="145"/>
        <source>Ship to</source>
        <translation>Alıcı</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/slip.py" line="163"/>
        <source>Items ({count})</source>
        <translation>Ürünler ({count})</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/slip.py" line="173"/>
        <source>Gift box</source>
        <translation>Hediye paketi</translation>
    </message>
    <message>
        <location filename="../instore_app/labels/slip.py" line="178"/>
        <source>Order notes</source>
        <translation>Sipariş notları</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <location filename="../instore_app/ui/dialogs.py" line="102"/>
        <location filename="../instore_app/ui/dialogs.py" line="104"/>
        <source>Refuse package</source>
        <translation>Paketi reddet</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/dialogs.py" line="103"/>
        <source>Why is this package refused? Press the reason&apos;s number, or choose it and press Enter.</source>
        <translation>Paket neden reddediliyor? Nedenin numarasına basın ya da seçip Enter&apos;a basın.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../instore_app/settings/table.py" line="58"/>
        <source>Run against the embedded OMS simulator on loopback.</source>
        <extracomment>The --help sections, in order.</extracomment>
        <translation>Yerleşik OMS simülatörüyle (bu bilgisayarda) çalışır.</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="63"/>
        <source>The API the station packs through: oms (Akinon OMS) or seller-center.</source>
        <translation>İstasyonun paketlemede kullandığı API: oms (Akinon OMS) veya seller-center.</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="67"/>
        <source>The OMS address, e.g. https://acme-oms.akinon.net.</source>
        <translation>OMS adresi, ör. https://acme-oms.akinon.net.</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="72"/>
        <source>This store&apos;s stock location id in the OMS (0: not chosen yet).</source>
        <translation>Bu mağazanın OMS&apos;teki stok lokasyonu numarası (0: henüz seçilmedi).</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="76"/>
        <source>The stock location&apos;s name, shown while the OMS is out of reach.</source>
        <translation>Stok lokasyonunun adı; OMS&apos;e ulaşılamazken gösterilir.</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="80"/>
        <source>Allow an unencrypted http:// address that is not on this PC.</source>
        <translation>Bu bilgisayarda olmayan şifresiz bir http:// adresine izin ver.</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="84"/>
        <source>The last user name signed in with (for the form; never the password).</source>
        <translation>En son oturum açılan kullanıcı adı (form için; parola asla saklanmaz).</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="88"/>
        <source>The API token: from the environment only, else from the system keyring, never a file.</source>
        <translation>API anahtarı: yalnızca ortam değişkeninden, yoksa sistem anahtar zincirinden; asla bir dosyadan değil.</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="96"/>
        <source>The word before the API key in Seller Center&apos;s Authorization header (empty: the key alone).</source>
        <translation>Seller Center&apos;ın Authorization başlığında API anahtarından önce gelen kelime (boş: yalnızca anahtar).</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="105"/>
        <source>The OMS command that packs.</source>
        <translation>Paketlemeyi yapan OMS komutu.</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="109"/>
        <source>Pack as soon as the last item is scanned (otherwise on F9).</source>
        <translation>Son ürün okutulunca hemen paketle (aksi halde F9 ile).</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="114"/>
        <source>Ask for the invoice&apos;s barcode before packing.</source>
        <translation>Paketlemeden önce faturanın barkodunu iste.</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="123"/>
        <source>The package states listed (OMS enum values).</source>
        <translation>Listelenen paket durumları (OMS enum değerleri).</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="128"/>
        <source>How often the list reloads, in seconds (F5 reloads now).</source>
        <translation>Listenin kaç saniyede bir yenileneceği (F5 hemen yeniler).</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="134"/>
        <source>The label printer (empty: the system&apos;s default printer).</source>
        <translation>Etiket yazıcısı (boş: sistemin varsayılan yazıcısı).</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="139"/>
        <source>The label&apos;s width and height in millimetres.</source>
        <translation>Etiketin milimetre cinsinden genişliği ve yüksekliği.</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="143"/>
        <source>Print the label as soon as it arrives.</source>
        <translation>Etiket gelir gelmez yazdır.</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="150"/>
        <source>Keys closer than this are a scanner, not a person (Bluetooth scanners need 80-120).</source>
        <translation>Bundan daha sık gelen tuşlar bir kişiden değil, okuyucudan gelir (Bluetooth okuyucular 80-120 ister).</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="157"/>
        <source>A serial scanner&apos;s port, e.g. /dev/ttyACM0 or COM3 (empty: none).</source>
        <translation>Seri okuyucunun portu, ör. /dev/ttyACM0 veya COM3 (boş: yok).</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="162"/>
        <source>The serial scanner&apos;s speed.</source>
        <translation>Seri okuyucunun hızı.</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="169"/>
        <source>The app&apos;s language, and of OMS state names: tr or en (empty: the system&apos;s).</source>
        <translation>Uygulamanın ve OMS durum adlarının dili: tr veya en (boş: sistemin dili).</translation>
    </message>
    <message>
        <location filename="../instore_app/settings/table.py" line="173"/>
        <source>Beep on scans.</source>
        <translation>Okutmalarda bip sesi çıkar.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="68"/>
        <source>Packing station settings</source>
        <translation>Paketleme istasyonu ayarları</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="99"/>
        <source>Connect this packing station to your OMS: enter its address, sign in, and choose this store. The other settings can stay as they are.</source>
        <translation>Bu paketleme istasyonunu OMS&apos;nize bağlayın: adresini girin, giriş yapın ve bu mağazayı seçin. Diğer ayarlar olduğu gibi kalabilir.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="152"/>
        <source>1. OMS</source>
        <translation>1. OMS</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="158"/>
        <source>Allow an unencrypted (http://) address</source>
        <translation>Şifresiz (http://) adrese izin ver</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="160"/>
        <source>Only for a test OMS on your own network: the token would be sent without encryption.</source>
        <translation>Yalnızca kendi ağınızdaki bir test OMS&apos;si için: token şifrelenmeden gönderilir.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="162"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="168"/>
        <source>2. Sign in</source>
        <translation>2. Giriş</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="174"/>
        <source>or paste an API token instead</source>
        <translation>ya da bunun yerine bir API token&apos;ı yapıştırın</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="175"/>
        <source>Sign in</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="182"/>
        <source>User name:</source>
        <translation>Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="183"/>
        <source>Password:</source>
        <translation>Şifre:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="184"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="191"/>
        <source>3. This store</source>
        <translation>3. Bu mağaza</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="197"/>
        <source>sign in first, then type to find the store</source>
        <translation>önce giriş yapın, sonra mağazayı bulmak için yazın</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="205"/>
        <source>Stock location:</source>
        <translation>Stok lokasyonu:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="210"/>
        <source>Label printer</source>
        <translation>Etiket yazıcısı</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="214"/>
        <source>Print the label as soon as it arrives</source>
        <translation>Etiket gelir gelmez yazdır</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="215"/>
        <source>Printer:</source>
        <translation>Yazıcı:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="216"/>
        <source>Label size:</source>
        <translation>Etiket boyutu:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="221"/>
        <source>Packing</source>
        <translation>Paketleme</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="222"/>
        <source>Pack as soon as the last item is scanned (otherwise F9)</source>
        <translation>Son ürün okutulunca hemen paketle (yoksa F9)</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="223"/>
        <source>Ask for the invoice number before packing</source>
        <translation>Paketlemeden önce fatura numarasını sor</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="226"/>
        <source>Complete packaging</source>
        <translation>Paketlemeyi tamamla</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="227"/>
        <source>Complete packaging without shipment</source>
        <translation>Sevkiyatsız paketlemeyi tamamla</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="228"/>
        <source>Channel-based complete packaging</source>
        <translation>Kanala göre paketlemeyi tamamla</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="234"/>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="237"/>
        <source>Pack command:</source>
        <translation>Paketleme komutu:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="238"/>
        <source>Reload the list every:</source>
        <translation>Listeyi yenileme aralığı:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="242"/>
        <source>Scanner</source>
        <translation>Barkod okuyucu</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="244"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="245"/>
        <source>Bluetooth scanners often need 80-120 ms.</source>
        <translation>Bluetooth okuyucular genellikle 80-120 ms ister.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="250"/>
        <source>Key interval:</source>
        <translation>Tuş aralığı:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="252"/>
        <source>Serial port:</source>
        <translation>Seri port:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="253"/>
        <source>Baud rate:</source>
        <translation>Baud hızı:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="257"/>
        <source>Screen and sound</source>
        <translation>Ekran ve ses</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="259"/>
        <source>System</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="262"/>
        <source>A new language applies after the app is restarted.</source>
        <translation>Yeni dil, uygulama yeniden başlatılınca geçerli olur.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="263"/>
        <source>Beep on scans</source>
        <translation>Okutmada bip sesi</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="264"/>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="95"/>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="97"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="77"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/store_chooser.py" line="43"/>
        <location filename="../instore_app/ui/store_chooser.py" line="51"/>
        <source>Stock location %1</source>
        <translation>Stok lokasyonu %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="136"/>
        <source>Signed in (with the saved token).</source>
        <translation>Giriş yapıldı (kayıtlı token ile).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="273"/>
        <source>System default</source>
        <translation>Sistem varsayılanı</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="277"/>
        <source>%1 (not found)</source>
        <translation>%1 (bulunamadı)</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="281"/>
        <source>None (USB keyboard scanner)</source>
        <translation>Yok (USB klavye okuyucu)</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_form.py" line="285"/>
        <source>%1 (not connected)</source>
        <translation>%1 (bağlı değil)</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="81"/>
        <source>Enter the OMS address, e.g. https://your-oms.akinon.net</source>
        <translation>OMS adresini girin, ör. https://your-oms.akinon.net</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="83"/>
        <source>This address is not encrypted (http://). Use https://, or tick “Allow an unencrypted address” if this is a test OMS on your own network.</source>
        <translation>Bu adres şifreli değil (http://). https:// kullanın ya da kendi ağınızdaki bir test OMS&apos;siyse “Şifresiz adrese izin ver” seçeneğini işaretleyin.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="88"/>
        <source>“%1” is not a web address (expected https://your-oms.akinon.net).</source>
        <translation>“%1” bir web adresi değil (beklenen: https://your-oms.akinon.net).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="149"/>
        <source>Checking the token…</source>
        <translation>Token kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="160"/>
        <source>Enter a user name and password, or paste a token.</source>
        <translation>Kullanıcı adı ve şifre girin ya da bir token yapıştırın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="163"/>
        <source>Signing in…</source>
        <translation>Giriş yapılıyor…</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="183"/>
        <source>Signed in.</source>
        <translation>Giriş yapıldı.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="208"/>
        <source>Loading the stock locations…</source>
        <translation>Stok lokasyonları yükleniyor…</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/store_chooser.py" line="55"/>
        <source>%1 – inactive</source>
        <translation>%1 – pasif</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/store_chooser.py" line="62"/>
        <source>Type a few letters of the store&apos;s name, then choose it.</source>
        <translation>Mağaza adının birkaç harfini yazın, sonra seçin.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/store_chooser.py" line="64"/>
        <source>This OMS user sees no stock locations.</source>
        <translation>Bu OMS kullanıcısı hiç stok lokasyonu görmüyor.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="234"/>
        <source>The OMS did not accept this token.</source>
        <translation>OMS bu token&apos;ı kabul etmedi.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="242"/>
        <source>The saved sign-in is no longer accepted. Sign in again.</source>
        <translation>Kayıtlı giriş artık kabul edilmiyor. Tekrar giriş yapın.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_signin.py" line="243"/>
        <source>The stock locations could not be loaded: %1</source>
        <translation>Stok lokasyonları yüklenemedi: %1</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="180"/>
        <source>Check the OMS address.</source>
        <translation>OMS adresini kontrol edin.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="184"/>
        <source>Sign in first (or paste a token).</source>
        <translation>Önce giriş yapın (ya da bir token yapıştırın).</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/setup_dialog.py" line="190"/>
        <source>Choose this store&apos;s stock location.</source>
        <translation>Bu mağazanın stok lokasyonunu seçin.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../instore_app/ui/signin.py" line="26"/>
        <source>Sign in to the OMS</source>
        <translation>OMS&apos;ye giriş yap</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/signin.py" line="30"/>
        <source>The OMS at %1 no longer accepts this station&apos;s sign-in. Sign in again: the open package and its scans are kept.</source>
        <translation>%1 adresindeki OMS bu istasyonun girişini artık kabul etmiyor. Tekrar giriş yapın: açık paket ve okutmaları korunur.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/signin.py" line="40"/>
        <source>or paste an API token</source>
        <translation>ya da bir API token&apos;ı yapıştırın</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/signin.py" line="45"/>
        <source>Username:</source>
        <translation>Kullanıcı adı:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/signin.py" line="46"/>
        <source>Password:</source>
        <translation>Şifre:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/signin.py" line="47"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/signin.py" line="49"/>
        <source>Sign in</source>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/signin.py" line="64"/>
        <source>Enter a username and password, or a token.</source>
        <translation>Kullanıcı adı ve şifre girin ya da bir token girin.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="27"/>
        <source>Packed here today</source>
        <extracomment>Open this package on the bench.</extracomment>
        <translation>Bugün burada paketlenenler</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="30"/>
        <source>Scan a package&apos;s number, or choose it and press Enter, to see it and print its label again (F10). Esc: back.</source>
        <translation>Paketi görmek ve etiketini yeniden yazdırmak (F10) için numarasını okutun ya da seçip Enter tuşuna basın. Esc: geri.</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="35"/>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="35"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="35"/>
        <source>What</source>
        <translation>Ne yapıldı</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="35"/>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="52"/>
        <source>Packed</source>
        <translation>Paketlendi</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="53"/>
        <source>Refused</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="54"/>
        <source>Out of stock</source>
        <translation>Stokta yok</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="58"/>
        <source>reading…</source>
        <translation>okunuyor…</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="59"/>
        <source>ready</source>
        <translation>hazır</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="60"/>
        <source>packing slip</source>
        <translation>paketleme fişi</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="61"/>
        <source>could not be read: open it and press F10</source>
        <translation>okunamadı: paketi açıp F10 tuşuna basın</translation>
    </message>
    <message>
        <location filename="../instore_app/ui/today_view.py" line="78"/>
        <source>Packed here today: %1</source>
        <translation>Bugün burada paketlenenler: %1</translation>
    </message>
</context>
</TS>
