<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="+180"/>
        <source>Sound is unavailable, so routines play silently: %1</source>
        <translation>Suara tidak tersedia, jadi rutinitas diputar tanpa suara: %1</translation>
    </message>
</context>
<context>
    <name>BreathingVisual</name>
    <message>
        <location filename="../ui/player.py" line="+333"/>
        <location filename="../ui/visuals.py" line="+144"/>
        <source>Breathing guide</source>
        <translation>Panduan napas</translation>
    </message>
    <message>
        <location filename="../ui/visuals.py" line="+112"/>
        <source>%1, 1 second left</source>
        <translation>%1, sisa 1 detik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 seconds left</source>
        <translation>%1, sisa %2 detik</translation>
    </message>
</context>
<context>
    <name>Caution</name>
    <message>
        <location filename="../ui/caution.py" line="+103"/>
        <source>Breathing safely</source>
        <translation>Bernapas dengan aman</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Read “%1” first</source>
        <translation>Baca “%1” dulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the safety guide in Learn</source>
        <translation>Membuka panduan keamanan di Belajar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t show this again for this routine</source>
        <translation>Jangan tampilkan lagi untuk latihan ini</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/journal/lock_dialogs.py" line="+940"/>
        <source>Changing the passphrase… This takes a moment.</source>
        <translation>Mengganti frasa sandi… Ini perlu sebentar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Change the passphrase</source>
        <translation>Ganti frasa sandi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your entries stay as they are; only the key that opens them gets the new passphrase. Lost the passphrase? Use the recovery code instead.</source>
        <translation>Catatan Anda tetap seperti adanya; hanya kunci pembukanya yang memakai frasa sandi baru. Lupa frasa sandi? Pakai kode pemulihan saja.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the current passphrase</source>
        <translation>Tetap pakai frasa sandi yang sekarang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase</source>
        <translation>Ganti frasa sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the new passphrase from now on</source>
        <translation>Pakai frasa sandi baru mulai sekarang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../ui/journal/charts.py" line="+126"/>
        <source>Mood trend</source>
        <translation>Tren suasana hati</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No entries in the last %1 days.</source>
        <translation>Belum ada catatan dalam %1 hari terakhir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last %1 days. Days with entries: %2. Average mood: %3 (%4). Lowest: %5 on %6. Highest: %7 on %8.</source>
        <translation>%1 hari terakhir. Hari dengan catatan: %2. Rata-rata suasana hati: %3 (%4). Terendah: %5 pada %6. Tertinggi: %7 pada %8.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The second half was higher than the first.</source>
        <translation>Paruh kedua lebih tinggi daripada paruh pertama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The second half was lower than the first.</source>
        <translation>Paruh kedua lebih rendah daripada paruh pertama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It stayed about level.</source>
        <translation>Kurang lebih tetap stabil.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Year in pixels, %1</source>
        <translation>Setahun dalam piksel, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No entries this year yet.</source>
        <translation>Belum ada catatan tahun ini.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1. Days with entries: %2. Good or great days: %3. Okay days: %4. Bad or awful days: %5.</source>
        <translation>%1. Hari dengan catatan: %2. Hari baik atau sangat baik: %3. Hari biasa: %4. Hari buruk atau buruk sekali: %5.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The best month on average was %1 (%2).</source>
        <translation>Bulan terbaik rata-ratanya adalah %1 (%2).</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no entry</source>
        <translation>tanpa catatan</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Tag patterns</source>
        <translation>Pola tag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tags used yet.</source>
        <translation>Belum ada tag yang dipakai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: average %2, on every day with an entry (%3).</source>
        <translation>%1: rata-rata %2, pada setiap hari yang ada catatannya (%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: average %2 with it (days: %3), %4 without.</source>
        <translation>%1: rata-rata %2 saat ada tag ini (hari: %3), %4 saat tidak ada.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>days with the tag</source>
        <translation>hari dengan tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days without</source>
        <translation>hari tanpa tag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: not enough pairs yet (%2 of %3). Check in before and after it a few more times to see whether it helps.</source>
        <translation>%1: pasangan belum cukup (%2 dari %3). Catat suasana hati sebelum dan sesudahnya beberapa kali lagi untuk melihat apakah rutinitas ini membantu.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>What helps</source>
        <translation>Apa yang membantu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: mood changed by %2 on average over %3 pairs.</source>
        <translation>%1: suasana hati berubah rata-rata %2 dari %3 pasangan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough pairs yet. When you check in before and after a routine at least %1 times, its average change shows here.</source>
        <translation>Pasangan belum cukup. Setelah Anda mencatat suasana hati sebelum dan sesudah sebuah rutinitas setidaknya %1 kali, rata-rata perubahannya tampil di sini.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2 pairs)</source>
        <translation>%1 (%2 pasangan)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>lower after</source>
        <translation>lebih rendah sesudahnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher after</source>
        <translation>lebih tinggi sesudahnya</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Minutes breathed per week</source>
        <translation>Menit bernapas per minggu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sessions yet.</source>
        <translation>Belum ada sesi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last %1 weeks. Minutes in all: %2. This week: %3. Most in one week: %4 (the week of %5).</source>
        <translation>%1 minggu terakhir. Total menit: %2. Minggu ini: %3. Terbanyak dalam seminggu: %4 (minggu yang dimulai %5).</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../ui/journal/checkin.py" line="+160"/>
        <source>Mood: %1</source>
        <translation>Suasana hati: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of 5. Arrow keys or 1 to 5 choose a mood.</source>
        <translation>%1 dari 5. Tombol panah atau 1 sampai 5 memilih suasana hati.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>A tag can have up to 40 characters, without | or #.</source>
        <translation>Tag boleh berisi paling banyak 40 karakter, tanpa | atau #.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your own tag</source>
        <translation>Tag Anda sendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Add tag</source>
        <translation>Tambah tag</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feelings and activities; Space ticks the current one</source>
        <translation>Perasaan dan kegiatan; Spasi mencentang yang sedang dipilih</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New tag</source>
        <translation>Tag baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a tag of your own and press Enter to add and tick it</source>
        <translation>Ketik tag Anda sendiri lalu tekan Enter untuk menambah dan mencentangnya</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the typed tag and tick it</source>
        <translation>Tambahkan tag yang diketik dan centang</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>How do you feel?</source>
        <translation>Bagaimana perasaan Anda?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Energy:</source>
        <translation>&amp;Energi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>Ca&amp;tatan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not noted</source>
        <translation>Tidak dicatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1, very low</source>
        <translation>1, sangat rendah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2, low</source>
        <translation>2, rendah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3, steady</source>
        <translation>3, sedang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4, high</source>
        <translation>4, tinggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5, very high</source>
        <translation>5, sangat tinggi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: your energy from 1 (very low) to 5 (very high)</source>
        <translation>Tidak wajib: energi Anda dari 1 (sangat rendah) sampai 5 (sangat tinggi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything you want to remember</source>
        <translation>Apa saja yang ingin Anda ingat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional private note; it stays on this computer</source>
        <translation>Catatan pribadi, tidak wajib; tetap tersimpan di komputer ini</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Check in</source>
        <translation>Catat suasana hati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are you right now?</source>
        <translation>Bagaimana kabar Anda saat ini?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few seconds. Only the mood is needed.</source>
        <translation>Hanya beberapa detik. Cukup isi suasana hati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before you begin</source>
        <translation>Sebelum mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How do you feel before %1?</source>
        <translation>Bagaimana perasaan Anda sebelum %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a check-in before and after, Tenang can show what helps you. Skip starts the routine at once.</source>
        <translation>Dengan catatan sebelum dan sesudah, Tenang dapat menunjukkan apa yang membantu Anda. Lewati langsung memulai rutinitas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After the routine</source>
        <translation>Sesudah rutinitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How do you feel now, after %1?</source>
        <translation>Bagaimana perasaan Anda sekarang, sesudah %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session is kept in the journal either way.</source>
        <translation>Sesi Anda tetap tersimpan di jurnal, apa pun pilihan Anda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit entry</source>
        <translation>Ubah catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this entry</source>
        <translation>Ubah catatan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time it was written stays the same.</source>
        <translation>Waktu penulisannya tidak berubah.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal is locked. This check-in is saved sealed, without your passphrase, and shows up in your journal after you unlock it.</source>
        <translation>Jurnal Anda terkunci. Catatan ini disimpan dalam keadaan tersegel, tanpa frasa sandi Anda, dan akan muncul di jurnal setelah Anda membuka kuncinya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save check-in</source>
        <translation>Simpan catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this check-in in your journal</source>
        <translation>Simpan catatan ini di jurnal Anda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;kip</source>
        <translation>&amp;Lewati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on without a check-in</source>
        <translation>Lanjutkan tanpa mencatat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../ui/journal/data_page.py" line="+366"/>
        <source>Where your journal is</source>
        <translation>Lokasi jurnal Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal is one file on this computer. Tenang has no account, no sync and no network code: nothing leaves this machine unless you copy it.</source>
        <translation>Jurnal Anda adalah satu berkas di komputer ini. Tenang tidak punya akun, sinkronisasi, atau kode jaringan: tidak ada yang keluar dari komputer ini kecuali Anda sendiri yang menyalinnya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journal: %1</source>
        <translation>Jurnal: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its write-ahead log: %1-wal and %1-shm</source>
        <translation>Log tulis-dahulunya: %1-wal dan %1-shm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder: %1</source>
        <translation>Folder data: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries: %1. Sessions: %2.</source>
        <translation>Catatan: %1. Sesi: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Open the data folder</source>
        <translation>Buka folder data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the folder with your journal in the file manager</source>
        <translation>Tampilkan folder berisi jurnal Anda di pengelola berkas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is stored</source>
        <translation>Apa yang disimpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries: the mood (1 awful to 5 great), the energy if you noted it, tags, your note, whether it was written before or after a routine, and when (with your clock&apos;s time zone).
Sessions: which routine, when, how long was planned and how long you practised, and whether you finished it.
Your own tags.

Nothing about your moods, notes or tags is ever written to a log.</source>
        <translation>Catatan: suasana hati (1 buruk sekali sampai 5 sangat baik), energi bila Anda mencatatnya, tag, catatan Anda, apakah ditulis sebelum atau sesudah rutinitas, dan kapan (dengan zona waktu jam Anda).
Sesi: rutinitas mana, kapan, berapa lama yang direncanakan dan berapa lama Anda berlatih, serta apakah Anda menyelesaikannya.
Tag buatan Anda sendiri.

Tidak ada apa pun tentang suasana hati, catatan, atau tag Anda yang pernah ditulis ke log.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take it with you</source>
        <translation>Bawa data Anda</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export as JSON…</source>
        <translation>Ekspor sebagai JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as CSV…</source>
        <translation>Ekspor sebagai CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as Markdown…</source>
        <translation>Ekspor sebagai Markdown…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import from Daylio…</source>
        <translation>Impor dari Daylio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up…</source>
        <translation>Cadangkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup…</source>
        <translation>Pulihkan cadangan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save everything as a Tenang JSON file</source>
        <translation>Simpan semuanya sebagai berkas JSON Tenang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save one row per entry for a spreadsheet</source>
        <translation>Simpan satu baris per catatan untuk lembar kerja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a readable diary grouped by day</source>
        <translation>Simpan buku harian yang enak dibaca, dikelompokkan per hari</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>JSON keeps everything and can be imported again without duplicates. CSV opens in a spreadsheet; Markdown is a readable diary. These three are ordinary, unencrypted files. An encrypted export is the JSON sealed with a passphrase you choose; without it nobody can open the file. A backup is an exact copy of the journal; restoring one keeps your current journal beside it.</source>
        <translation>JSON menyimpan semuanya dan dapat diimpor lagi tanpa duplikat. CSV dapat dibuka di lembar kerja; Markdown adalah buku harian yang enak dibaca. Ketiganya berkas biasa yang tidak terenkripsi. Ekspor terenkripsi adalah JSON yang disegel dengan frasa sandi pilihan Anda; tanpa frasa sandi itu tidak ada yang bisa membuka berkasnya. Cadangan adalah salinan persis jurnal; memulihkan cadangan tetap menyimpan jurnal Anda yang sekarang di sebelahnya.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export encrypted…</source>
        <translation>Ekspor terenkripsi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a Tenang export…</source>
        <translation>Impor ekspor Tenang…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save everything as Tenang JSON, encrypted with a passphrase you choose</source>
        <translation>Simpan semuanya sebagai JSON Tenang, dienkripsi dengan frasa sandi pilihan Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add entries from a Tenang export, plain JSON or encrypted</source>
        <translation>Tambahkan catatan dari ekspor Tenang, JSON biasa maupun terenkripsi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add entries from a Daylio CSV export</source>
        <translation>Tambahkan catatan dari ekspor CSV Daylio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an exact, checked copy of the journal</source>
        <translation>Simpan salinan jurnal yang persis dan sudah diperiksa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the journal with a backup</source>
        <translation>Ganti jurnal dengan sebuah cadangan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete it</source>
        <translation>Menghapusnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete all journal data removes every entry, session and tag of yours and scrubs the file. By hand: quit Tenang and delete the journal file and its -wal and -shm files, and any copies or backups you made.</source>
        <translation>Hapus semua data jurnal menghapus setiap catatan, sesi, dan tag Anda, lalu membersihkan berkasnya. Secara manual: tutup Tenang lalu hapus berkas jurnal beserta berkas -wal dan -shm-nya, juga salinan atau cadangan yang pernah Anda buat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete all journal data…</source>
        <translation>Hapus semua data jurnal…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete all journal data</source>
        <translation>Hapus semua data jurnal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks you to type a word before deleting everything</source>
        <translation>Meminta Anda mengetik sebuah kata sebelum menghapus semuanya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a fresh journal…</source>
        <translation>Mulai jurnal baru…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a fresh journal</source>
        <translation>Mulai jurnal baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the damaged journal aside (it is kept) and start an empty one</source>
        <translation>Sisihkan jurnal yang rusak (tetap disimpan) dan mulai jurnal kosong</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About your data</source>
        <translation>Tentang data Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the journal is, what it holds, and how to export it</source>
        <translation>Di mana jurnal berada, apa isinya, dan cara mengekspornya</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lock</source>
        <translation>Kunci jurnal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lock is off: the journal file is not encrypted. Only your account&apos;s file permissions keep others out.</source>
        <translation>Kunci nonaktif: berkas jurnal tidak terenkripsi. Hanya izin berkas akun Anda yang menghalangi orang lain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lock is on, and the journal is locked: your entries are encrypted.</source>
        <translation>Kunci aktif, dan jurnal sedang terkunci: catatan Anda terenkripsi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lock is on, and the journal is unlocked. It locks again after %1 without use, when Tenang is hidden or closed, or with Journal &gt; Lock now (Ctrl+Shift+L).</source>
        <translation>Kunci aktif, dan jurnal sedang terbuka. Jurnal terkunci lagi setelah %1 tidak dipakai, saat Tenang disembunyikan atau ditutup, atau lewat Jurnal &gt; Kunci sekarang (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning the lock on was interrupted, so your entries are not encrypted yet. Finish it with the passphrase you chose then, or cancel it.</source>
        <translation>Pengaktifan kunci sempat terputus, jadi catatan Anda belum terenkripsi. Selesaikan dengan frasa sandi yang Anda pilih waktu itu, atau batalkan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check-ins saved and sealed while the journal was locked: %1. They join your journal when you unlock it.</source>
        <translation>Catatan yang disimpan dan disegel selama jurnal terkunci: %1. Catatan ini masuk ke jurnal saat Anda membuka kuncinya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encrypted with the lock on: each entry&apos;s mood, energy, tags and note, and your own tags. Check-ins saved while the journal is locked are sealed too.
Not encrypted: when each entry was written and edited, whether it was written before or after a routine, your routine runs (which routine, when, how long), how many entries there are and roughly how long each one is.
The keys are never written to disk: Tenang holds them in memory only while the journal is unlocked. If you lose both the passphrase and the recovery code, nobody can read your entries again, including you.
Exports are ordinary unencrypted files unless you choose an encrypted export. Backups of a locked journal stay locked.</source>
        <translation>Terenkripsi saat kunci aktif: suasana hati, energi, tag, dan isi setiap catatan, serta tag buatan Anda sendiri. Catatan yang disimpan selama jurnal terkunci juga disegel.
Tidak terenkripsi: kapan setiap catatan ditulis dan diubah, apakah ditulis sebelum atau sesudah rutinitas, sesi rutinitas Anda (rutinitas apa, kapan, berapa lama), berapa banyak catatan yang ada, dan kira-kira seberapa panjang masing-masing.
Kuncinya tidak pernah ditulis ke disk: Tenang menyimpannya di memori hanya selama jurnal terbuka. Jika frasa sandi dan kode pemulihan sama-sama hilang, tidak ada yang bisa membaca catatan Anda lagi, termasuk Anda sendiri.
Ekspor adalah berkas biasa yang tidak terenkripsi, kecuali Anda memilih ekspor terenkripsi. Cadangan jurnal yang terkunci tetap terkunci.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Turn the lock on…</source>
        <translation>Aktifkan kunci…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt your entries with a passphrase</source>
        <translation>Enkripsi catatan Anda dengan frasa sandi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock…</source>
        <translation>Buka kunci…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the passphrase to read your entries</source>
        <translation>Masukkan frasa sandi untuk membaca catatan Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock now</source>
        <translation>Kunci sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the passphrase until you unlock again</source>
        <translation>Lupakan frasa sandi sampai Anda membuka kunci lagi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change passphrase…</source>
        <translation>Ganti frasa sandi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a new passphrase; a lost one needs the recovery code</source>
        <translation>Pilih frasa sandi baru; jika yang lama hilang, perlu kode pemulihan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New recovery code…</source>
        <translation>Kode pemulihan baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the recovery code; the old one stops working</source>
        <translation>Ganti kode pemulihan; kode lama tidak berlaku lagi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn the lock off…</source>
        <translation>Nonaktifkan kunci…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypt every entry and store the journal unencrypted</source>
        <translation>Dekripsi semua catatan dan simpan jurnal tanpa enkripsi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish turning the lock on…</source>
        <translation>Selesaikan pengaktifan kunci…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the passphrase chosen then to encrypt your entries</source>
        <translation>Masukkan frasa sandi yang dipilih waktu itu untuk mengenkripsi catatan Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel turning the lock on</source>
        <translation>Batalkan pengaktifan kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the unfinished lock; the entries stay unencrypted</source>
        <translation>Hapus kunci yang belum selesai; catatan tetap tidak terenkripsi</translation>
    </message>
</context>
<context>
    <name>DeleteAllDialog</name>
    <message>
        <location line="-526"/>
        <source>delete</source>
        <translation>hapus</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Delete all journal data</source>
        <translation>Hapus semua data jurnal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This deletes every entry, every session and your own tags from the journal, and clears the deleted text from the file. It cannot be undone. Backups and exports you saved elsewhere are not touched.</source>
        <translation>Ini menghapus setiap catatan, setiap sesi, dan tag buatan Anda dari jurnal, lalu membersihkan teks yang dihapus dari berkasnya. Tindakan ini tidak dapat dibatalkan. Cadangan dan ekspor yang Anda simpan di tempat lain tidak disentuh.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To confirm, type &amp;%1:</source>
        <translation>Untuk memastikan, ketik &amp;%1:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmation word</source>
        <translation>Kata konfirmasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type %1 to allow deleting</source>
        <translation>Ketik %1 agar penghapusan dapat dilakukan</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Delete everything</source>
        <translation>Hapus semuanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled once the confirmation word is typed</source>
        <translation>Aktif setelah kata konfirmasi diketik</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Keep my journal</source>
        <translation>Simpan jurnal saya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without deleting anything</source>
        <translation>Tutup tanpa menghapus apa pun</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/detail.py" line="+196"/>
        <source>&amp;Duplicate to my routines</source>
        <translation>&amp;Salin ke rutinitas saya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate to my routines</source>
        <translation>Salin ke rutinitas saya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a copy of this routine in the routine builder</source>
        <translation>Buka salinan rutinitas ini di penyusun rutinitas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this routine in the routine builder</source>
        <translation>Ubah rutinitas ini di penyusun rutinitas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a routine to see what it does.</source>
        <translation>Pilih sebuah rutinitas untuk melihat isinya.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your routine</source>
        <translation>Rutinitas Anda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Included with Tenang</source>
        <translation>Bawaan Tenang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown author</source>
        <translation>Penulis tidak diketahui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Caution</source>
        <translation>Perhatian</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start %1</source>
        <translation>Mulai %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the routine; it takes %1</source>
        <translation>Mulai rutinitas ini; lamanya %1</translation>
    </message>
</context>
<context>
    <name>EncryptedExport</name>
    <message>
        <location filename="../ui/journal/export_dialogs.py" line="+143"/>
        <source>Encrypting the export… This takes a moment.</source>
        <translation>Mengenkripsi ekspor… Ini perlu sebentar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export was not written: %1</source>
        <translation>Ekspor tidak ditulis: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export encrypted</source>
        <translation>Ekspor terenkripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a passphrase for this export</source>
        <translation>Pilih frasa sandi untuk ekspor ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenang writes everything (your entries, sessions and own tags) as Tenang JSON, encrypted with the passphrase you choose now. It may differ from your journal&apos;s passphrase. Without it nobody can open the file, not even you: there is no recovery code for an export.</source>
        <translation>Tenang menulis semuanya (catatan, sesi, dan tag buatan Anda) sebagai JSON Tenang, dienkripsi dengan frasa sandi yang Anda pilih sekarang. Frasa sandi ini boleh berbeda dari frasa sandi jurnal Anda. Tanpa frasa sandi ini tidak ada yang bisa membuka berkasnya, termasuk Anda sendiri: ekspor tidak punya kode pemulihan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write nothing</source>
        <translation>Jangan tulis apa pun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt every entry with this passphrase and save</source>
        <translation>Enkripsi semua catatan dengan frasa sandi ini lalu simpan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>EncryptedImport</name>
    <message>
        <location line="-133"/>
        <source>%1 was made by a newer version of Tenang, which encrypts exports in a way this version cannot read. Update Tenang, then import it again. Nothing was imported.</source>
        <translation>%1 dibuat oleh Tenang versi yang lebih baru, yang mengenkripsi ekspor dengan cara yang tidak dapat dibaca versi ini. Perbarui Tenang, lalu impor lagi. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 asks for far more memory or time to open than an export made by Tenang ever does, so Tenang did not try to open it. Nothing was imported.</source>
        <translation>%1 meminta memori atau waktu yang jauh lebih besar untuk dibuka daripada ekspor buatan Tenang mana pun, jadi Tenang tidak mencoba membukanya. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is damaged or incomplete: it was changed or cut short after it was written, so it cannot be opened. Nothing was imported. If you have another copy, try that one.</source>
        <translation>%1 rusak atau tidak lengkap: berkas itu diubah atau terpotong setelah ditulis, jadi tidak dapat dibuka. Tidak ada yang diimpor. Jika Anda punya salinan lain, coba salinan itu.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Importing the entries…</source>
        <translation>Mengimpor catatan…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opening the export… This takes a moment.</source>
        <translation>Membuka ekspor… Ini perlu sebentar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That passphrase does not open this export. It is the passphrase chosen when the export was made, which may differ from your journal&apos;s. Nothing was imported.</source>
        <translation>Frasa sandi itu tidak membuka ekspor ini. Yang diperlukan adalah frasa sandi yang dipilih saat ekspor dibuat, yang bisa berbeda dari frasa sandi jurnal Anda. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import an encrypted export</source>
        <translation>Impor ekspor terenkripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This export is encrypted</source>
        <translation>Ekspor ini terenkripsi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an encrypted Tenang export. Enter the passphrase chosen when it was made; it may differ from your journal&apos;s passphrase. Entries already in your journal are not added twice.</source>
        <translation>%1 adalah ekspor Tenang yang terenkripsi. Masukkan frasa sandi yang dipilih saat ekspor itu dibuat; frasa sandi ini bisa berbeda dari frasa sandi jurnal Anda. Catatan yang sudah ada di jurnal Anda tidak ditambahkan dua kali.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing</source>
        <translation>Jangan impor apa pun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the export with this passphrase and import it</source>
        <translation>Buka ekspor dengan frasa sandi ini lalu impor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../ui/errors.py" line="+205"/>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong</source>
        <translation>Ada yang tidak beres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenang ran into an unexpected problem. It is still running, and you can carry on. If this keeps happening, please copy the details below into a bug report.</source>
        <translation>Tenang mengalami masalah yang tidak terduga. Aplikasi tetap berjalan, dan Anda bisa melanjutkan. Jika ini terus terjadi, salin rincian di bawah ke dalam laporan bug.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error details</source>
        <translation>Rincian galat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical details of the problem, for a bug report</source>
        <translation>Rincian teknis masalah ini, untuk laporan bug</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the error details to the clipboard</source>
        <translation>Salin rincian galat ke papan klip</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ExportWarning</name>
    <message>
        <location filename="../ui/journal/data_page.py" line="+28"/>
        <source>Export without encryption?</source>
        <translation>Ekspor tanpa enkripsi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This export will not be encrypted.</source>
        <translation>Ekspor ini tidak akan terenkripsi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal is locked, but an export is an ordinary unencrypted file: anyone who can read the file can read every note, mood and tag in it. Export only if you need to, keep the file somewhere private, and delete it when done.</source>
        <translation>Jurnal Anda dikunci, tetapi ekspor adalah berkas biasa yang tidak terenkripsi: siapa pun yang dapat membuka berkas itu dapat membaca setiap catatan, suasana hati, dan tag di dalamnya. Ekspor hanya bila perlu, simpan berkasnya di tempat yang pribadi, dan hapus setelah selesai.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export anyway</source>
        <translation>Tetap &amp;ekspor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export anyway</source>
        <translation>Tetap ekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an unencrypted copy of every entry</source>
        <translation>Tulis salinan semua catatan tanpa enkripsi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write nothing</source>
        <translation>Jangan tulis apa pun</translation>
    </message>
</context>
<context>
    <name>GetHelp</name>
    <message>
        <location filename="../ui/get_help.py" line="+55"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Inggris Raya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Selandia Baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Amerika Serikat</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Edit contact</source>
        <translation>Ubah kontak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add contact</source>
        <translation>Tambah kontak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website</source>
        <translation>Situs &amp;web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: my therapist, Sari</source>
        <translation>Misalnya: psikolog saya, Sari</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Another country</source>
        <translation>Negara lain</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Emergency number in %1: %2</source>
        <translation>Nomor darurat di %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tenang has no numbers for %1. The directory below lists free helplines in many countries. In danger, call your local emergency number.</source>
        <translation>Tenang belum memiliki nomor untuk %1. Direktori di bawah ini mencantumkan layanan bantuan gratis di banyak negara. Dalam keadaan bahaya, hubungi nomor darurat setempat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Numbers checked against official pages; each shows when. Your own contacts come first.</source>
        <translation>Nomor-nomor ini diperiksa dengan halaman resmi; tanggal pemeriksaannya tercantum. Kontak Anda sendiri tampil paling atas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your contacts file could not be read and was kept as %1.</source>
        <translation>Berkas kontak Anda tidak dapat dibaca dan disimpan sebagai %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Copy number</source>
        <translation>Salin nomor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the number of %1</source>
        <translation>Salin nomor %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call %1</source>
        <translation>Telepon %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks your system&apos;s phone app to call %1</source>
        <translation>Meminta aplikasi telepon di sistem Anda untuk menghubungi %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+42"/>
        <source>Phone: %1</source>
        <translation>Telepon: %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Text (SMS): %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Website: %1</source>
        <translation>Situs web: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Checked %1 against a page on %2</source>
        <translation>Diperiksa %1 dengan halaman di %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy website</source>
        <translation>Salin situs web</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the website of %1</source>
        <translation>Salin situs web %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing on this computer can make phone calls, so the number %1 was copied. Call it from your phone.</source>
        <translation>Tidak ada aplikasi di komputer ini yang bisa menelepon, jadi nomor %1 sudah disalin. Hubungi nomor itu dari ponsel Anda.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your contacts file could not be moved aside, so Tenang will not save over it.</source>
        <translation>Berkas kontak Anda tidak dapat dipindahkan, jadi Tenang tidak akan menimpanya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your contacts could not be saved to %1: %2</source>
        <translation>Kontak Anda tidak dapat disimpan ke %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Get help</source>
        <translation>Cari bantuan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenang is not a treatment and not an emergency service. If you are in danger or might hurt yourself, call your emergency number now. Talking to someone you trust, or to a professional, is a strong step, not a weak one.</source>
        <translation>Tenang bukan pengobatan dan bukan layanan darurat. Jika Anda dalam bahaya atau mungkin menyakiti diri sendiri, segera hubungi nomor darurat. Berbicara dengan orang yang Anda percayai, atau dengan tenaga profesional, adalah langkah yang kuat, bukan tanda lemah.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Country:</source>
        <translation>&amp;Negara:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the emergency number and helplines for this country</source>
        <translation>Menampilkan nomor darurat dan layanan bantuan untuk negara ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts and helplines</source>
        <translation>Kontak dan layanan bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your trusted contacts first, then the lines for the country</source>
        <translation>Kontak tepercaya Anda lebih dulu, lalu layanan untuk negara ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a trusted contact…</source>
        <translation>&amp;Tambah kontak tepercaya…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a trusted contact</source>
        <translation>Tambah kontak tepercaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A therapist, a friend: kept only on this computer and listed first</source>
        <translation>Psikolog, teman: hanya disimpan di komputer ini dan ditampilkan paling atas</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../ui/journal/history.py" line="+128"/>
        <source>before a routine</source>
        <translation>sebelum rutinitas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after a routine</source>
        <translation>sesudah rutinitas</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>The journal could not be read: %1</source>
        <translation>Jurnal tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+241"/>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Searching every entry…</source>
        <translation>Mencari di semua catatan…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 · %2 entries · average %3</source>
        <translation>%1 · %2 catatan · rata-rata %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No entries yet. Check in with Ctrl+J.</source>
        <translation>Belum ada catatan. Catat suasana hati dengan Ctrl+J.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entry matches these filters.</source>
        <translation>Tidak ada catatan yang cocok dengan saringan ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the newest %1 of %2 entries. Search, filter or choose dates to find older ones.</source>
        <translation>Menampilkan %1 catatan terbaru dari %2. Cari, saring, atau pilih tanggal untuk menemukan yang lebih lama.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entries: %1 · Days: %2</source>
        <translation>Catatan: %1 · Hari: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>That did not work: %1</source>
        <translation>Itu tidak berhasil: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entry of %1 deleted.</source>
        <translation>Catatan %1 dihapus.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Search notes and tags</source>
        <translation>Cari di catatan dan tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search entries</source>
        <translation>Cari catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows entries whose note or tags contain these words</source>
        <translation>Menampilkan catatan yang isi atau tag-nya memuat kata-kata ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All moods</source>
        <translation>Semua suasana hati</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by mood</source>
        <translation>Saring menurut suasana hati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only entries with this mood</source>
        <translation>Tampilkan hanya catatan dengan suasana hati ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by tag</source>
        <translation>Saring menurut tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only entries with this tag</source>
        <translation>Tampilkan hanya catatan dengan tag ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Limit the list to a range of days; Any for no limit</source>
        <translation>Batasi daftar pada rentang hari tertentu; Kapan saja berarti tanpa batas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation>Kosongkan saringan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every entry again</source>
        <translation>Tampilkan lagi semua catatan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mood</source>
        <translation>Suasana hati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries by day</source>
        <translation>Catatan per hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter edits the entry, Delete removes it, Ctrl+Z brings it back</source>
        <translation>Enter mengubah catatan, Delete menghapusnya, Ctrl+Z mengembalikannya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit entry</source>
        <translation>Ubah catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected entry</source>
        <translation>Ubah catatan yang dipilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete entry</source>
        <translation>Hapus catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected entry; Undo brings it back</source>
        <translation>Hapus catatan yang dipilih; Urungkan mengembalikannya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>U&amp;rungkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo delete</source>
        <translation>Urungkan penghapusan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the entry you deleted (Ctrl+Z)</source>
        <translation>Kembalikan catatan yang Anda hapus (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>ImportRoutine</name>
    <message>
        <location filename="../ui/import_routine.py" line="+96"/>
        <source>It is not a zip file.</source>
        <translation>Ini bukan berkas zip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is damaged (%1).</source>
        <translation>Berkasnya rusak (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It holds %1 files; a pack may hold at most %2.</source>
        <translation>Isinya %1 berkas; sebuah paket paling banyak boleh berisi %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 has an absolute path, which a pack may not use.</source>
        <translation>Berkas %1 memakai jalur absolut, yang tidak boleh dipakai dalam paket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 uses &apos;..&apos; to lead out of the pack&apos;s folder.</source>
        <translation>Berkas %1 memakai &apos;..&apos; untuk keluar dari folder paket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file name %1 is not allowed.</source>
        <translation>Nama berkas %1 tidak diizinkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 would land outside the routines folder.</source>
        <translation>Berkas %1 akan tersimpan di luar folder rutinitas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry %1 is a symbolic link.</source>
        <translation>Entri %1 adalah tautan simbolik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 is encrypted.</source>
        <translation>Berkas %1 terenkripsi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 appears twice.</source>
        <translation>Berkas %1 muncul dua kali.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 is not a routine or a sound: only .toml, .wav and .ogg files are allowed.</source>
        <translation>Berkas %1 bukan rutinitas atau suara: hanya berkas .toml, .wav, dan .ogg yang diizinkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>Berkas %1 lebih besar dari %2 MB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its files add up to more than %2 MB.</source>
        <translation>Ukuran seluruh berkasnya lebih dari %2 MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It holds no routine (.toml) file.</source>
        <translation>Paket ini tidak berisi berkas rutinitas (.toml).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It holds more than one routine: %1.</source>
        <translation>Paket ini berisi lebih dari satu rutinitas: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is not a sound the routine uses.</source>
        <translation>Berkas %1 bukan suara yang dipakai rutinitas ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be read (%1).</source>
        <translation>Berkas ini tidak dapat dibaca (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This id is already used</source>
        <translation>Id ini sudah dipakai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You already have a routine with the id %1. Import this one under the new id %2, or replace yours with it?</source>
        <translation>Anda sudah punya rutinitas dengan id %1. Impor yang ini dengan id baru %2, atau ganti rutinitas Anda dengan yang ini?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A routine included with Tenang has the id %1. Import this one under the new id %2?</source>
        <translation>Salah satu rutinitas bawaan Tenang sudah memakai id %1. Impor yang ini dengan id baru %2?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import as %1</source>
        <translation>Impor sebagai %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace mine</source>
        <translation>Ganti milik saya</translation>
    </message>
    <message>
        <location filename="../ui/caution.py" line="-16"/>
        <source>Before you start</source>
        <translation>Sebelum Anda mulai</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>If you feel dizzy, light-headed or short of breath, stop and breathe normally. Do not practise this in water, while driving, or if you are pregnant or have a heart or lung condition, without advice.</source>
        <translation>Jika Anda merasa pusing, kepala terasa ringan, atau sesak napas, berhentilah dan bernapaslah seperti biasa. Jangan berlatih di dalam air, sambil mengemudi, atau tanpa saran tenaga kesehatan bila Anda sedang hamil atau memiliki gangguan jantung atau paru-paru.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../ui/import_routine.py" line="+20"/>
        <source>It holds the breath for up to %1 seconds.</source>
        <translation>Napas ditahan hingga %1 detik.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It breathes fast, up to %1 breaths a minute.</source>
        <translation>Napasnya cepat, hingga %1 napas per menit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is an intense routine.</source>
        <translation>Ini rutinitas yang berat.</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+158"/>
        <source>Import routine</source>
        <translation>Impor rutinitas</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this routine into your routines folder</source>
        <translation>Salin rutinitas ini ke folder rutinitas Anda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this file cannot be imported</source>
        <translation>Mengapa berkas ini tidak dapat diimpor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caution</source>
        <translation>Perhatian</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be imported</source>
        <translation>%1 tidak dapat diimpor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This pack was refused to keep your computer safe.</source>
        <translation>Paket ini ditolak demi keamanan komputer Anda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The routine has problems. Nothing was imported. Ask its author to fix them, or fix them yourself:</source>
        <translation>Rutinitas ini bermasalah. Tidak ada yang diimpor. Minta penulisnya memperbaikinya, atau perbaiki sendiri:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown author: this routine names no source and no caution. Nobody vouches for it; try it gently.</source>
        <translation>Penulis tidak diketahui: rutinitas ini tidak menyebut sumber maupun peringatan. Tidak ada yang menjaminnya; cobalah dengan perlahan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 already exists in your routines folder with other content; nothing was imported. Rename or move that file, then try again.</source>
        <translation>%1 sudah ada di folder rutinitas Anda dengan isi yang berbeda; tidak ada yang diimpor. Ganti nama atau pindahkan berkas itu, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The routine could not be imported: %1</source>
        <translation>Rutinitas tidak dapat diimpor: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Routines (*.toml *.tenang.zip)</source>
        <translation>Rutinitas (*.toml *.tenang.zip)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export routine</source>
        <translation>Ekspor rutinitas</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;New routine…</source>
        <translation>Rutinitas &amp;baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import routine…</source>
        <translation>&amp;Impor rutinitas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export routine…</source>
        <translation>&amp;Ekspor rutinitas…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The routine could not be exported: %1</source>
        <translation>Rutinitas tidak dapat diekspor: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to %1</source>
        <translation>Diekspor ke %1</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../ui/journal/insights_page.py" line="+142"/>
        <source>The journal could not be read: %1</source>
        <translation>Jurnal tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Your insights grow with your check-ins. Press Ctrl+J to write the first.</source>
        <translation>Wawasan Anda tumbuh seiring catatan Anda. Tekan Ctrl+J untuk menulis yang pertama.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entries so far: %1, on days: %2.</source>
        <translation>Catatan sejauh ini: %1, pada hari: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Streak in days: %1 now, %2 at the longest. One missed day never breaks it.</source>
        <translation>Rangkaian hari: %1 saat ini, %2 paling panjang. Satu hari terlewat tidak pernah memutusnya.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Last year</source>
        <translation>Setahun terakhir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last %1 days</source>
        <translation>%1 hari terakhir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trend period</source>
        <translation>Rentang tren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days the mood trend covers</source>
        <translation>Berapa hari yang dicakup tren suasana hati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insights</source>
        <translation>Wawasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts of your journal, each followed by the same in words</source>
        <translation>Grafik jurnal Anda, masing-masing diikuti isi yang sama dalam kata-kata</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../ui/journal/common.py" line="+171"/>
        <source>Could not save. What you typed is still here; try again when the problem is fixed.
%1</source>
        <translation>Tidak dapat menyimpan. Yang Anda ketik masih ada di sini; coba lagi setelah masalahnya teratasi.
%1</translation>
    </message>
</context>
<context>
    <name>JournalFiles</name>
    <message>
        <location filename="../ui/journal/controller.py" line="+174"/>
        <location line="+756"/>
        <source>Adding the check-ins saved while locked</source>
        <translation>Menambahkan catatan yang disimpan selama terkunci</translation>
    </message>
    <message>
        <location line="-405"/>
        <source>Something did not work</source>
        <translation>Ada yang tidak berhasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not work: %2</source>
        <translation>%1 tidak berhasil: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Tenang JSON (*.json)</source>
        <translation>JSON Tenang (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the journal</source>
        <translation>Ekspor jurnal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+136"/>
        <source>Exported</source>
        <translation>Sudah diekspor</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>The journal was exported to %1.</source>
        <translation>Jurnal telah diekspor ke %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Daylio CSV export (*.csv)</source>
        <translation>Ekspor CSV Daylio (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from Daylio</source>
        <translation>Impor dari Daylio</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Nothing was imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <location line="-4"/>
        <location filename="../ui/journal/export_dialogs.py" line="-205"/>
        <source>Nothing was imported from %1, because of the problems below.</source>
        <translation>Tidak ada yang diimpor dari %1, karena masalah di bawah ini.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Tenang exports, plain or encrypted (*.json *.tenang-export)</source>
        <translation>Ekspor Tenang, biasa atau terenkripsi (*.json *.tenang-export)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a Tenang export</source>
        <translation>Impor ekspor Tenang</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 imported, %2 already present, %3 skipped.</source>
        <translation>%1 diimpor, %2 sudah ada, %3 dilewati.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped rows and why are listed under Show Details.</source>
        <translation>Baris yang dilewati beserta alasannya tercantum di Tampilkan Detail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export encrypted</source>
        <translation>Ekspor terenkripsi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted Tenang export (*.tenang-export)</source>
        <translation>Ekspor Tenang terenkripsi (*.tenang-export)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The journal was exported, encrypted, to %1. Keep its passphrase safe: without it nobody can open the file.</source>
        <translation>Jurnal telah diekspor dalam bentuk terenkripsi ke %1. Simpan frasa sandinya baik-baik: tanpa frasa sandi itu tidak ada yang bisa membuka berkasnya.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back up the journal</source>
        <translation>Cadangkan jurnal</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Journal backup (*.sqlite3)</source>
        <translation>Cadangan jurnal (*.sqlite3)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The backup</source>
        <translation>Pencadangan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup saved</source>
        <translation>Cadangan disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A checked copy of your journal was saved as %1.</source>
        <translation>Salinan jurnal Anda yang sudah diperiksa disimpan sebagai %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restoring</source>
        <translation>Pemulihan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal now holds the backup. Your previous journal was kept as %1.</source>
        <translation>Jurnal kini berisi cadangan tersebut. Jurnal Anda sebelumnya disimpan sebagai %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Deleting</source>
        <translation>Penghapusan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal data deleted</source>
        <translation>Data jurnal dihapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every entry, session and tag of yours was deleted from %1.</source>
        <translation>Setiap catatan, sesi, dan tag Anda telah dihapus dari %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Starting a fresh journal</source>
        <translation>Memulai jurnal baru</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fresh journal started</source>
        <translation>Jurnal baru dimulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new, empty journal is ready. The damaged one was kept as %1, and the copy as %2.</source>
        <translation>Jurnal baru yang kosong sudah siap. Jurnal yang rusak disimpan sebagai %1, dan salinannya sebagai %2.</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+60"/>
        <source>Cancelling the lock</source>
        <translation>Membatalkan kunci</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Passphrase changed</source>
        <translation>Frasa sandi sudah diganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase was changed. Use the new one from now on; your recovery code still works.</source>
        <translation>Frasa sandi sudah diganti. Pakai yang baru mulai sekarang; kode pemulihan Anda tetap berlaku.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The lock is off</source>
        <translation>Kunci sudah nonaktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock is off: %1 entries were decrypted. Your journal is stored unencrypted again.</source>
        <translation>Kunci sudah nonaktif: %1 catatan didekripsi. Jurnal Anda kembali disimpan tanpa enkripsi.</translation>
    </message>
</context>
<context>
    <name>JournalMenu</name>
    <message>
        <location line="-814"/>
        <source>&amp;Journal</source>
        <translation>&amp;Jurnal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check in…</source>
        <translation>&amp;Catat suasana hati…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insights</source>
        <translation>&amp;Wawasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About your &amp;data</source>
        <translation>Tentang &amp;data Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a &amp;fresh journal…</source>
        <translation>Mulai jurnal &amp;baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete all journal data…</source>
        <translation>&amp;Hapus semua data jurnal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Kunci sekarang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the passphrase until you unlock the journal again</source>
        <translation>Lupakan frasa sandi sampai Anda membuka kunci jurnal lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Check in</source>
        <translation>Catat suasana hati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note how you feel now (Ctrl+J)</source>
        <translation>Catat perasaan Anda saat ini (Ctrl+J)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the journal</source>
        <translation>Buka jurnal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History, insights and your data (Ctrl+Shift+J)</source>
        <translation>Riwayat, wawasan, dan data Anda (Ctrl+Shift+J)</translation>
    </message>
    <message>
        <location line="+687"/>
        <source>Check-ins saved and sealed: %1. They show up in your journal after you unlock it.</source>
        <translation>Catatan yang disimpan dan disegel: %1. Catatan ini muncul di jurnal setelah Anda membuka kuncinya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sealed check-ins</source>
        <translation>Catatan tersegel</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Saved and sealed. It shows up in your journal after you unlock it.</source>
        <translation>Tersimpan dan tersegel. Catatan ini muncul di jurnal setelah Anda membuka kuncinya.</translation>
    </message>
</context>
<context>
    <name>JournalNotice</name>
    <message>
        <location line="-663"/>
        <source>Your journal could not be opened safely, so Tenang has not written to it. A copy was saved as %1. You can still read what is readable. To write check-ins again, choose Journal &gt; Start a fresh journal; nothing is deleted.</source>
        <translation>Jurnal Anda tidak dapat dibuka dengan aman, jadi Tenang tidak menulis apa pun ke dalamnya. Salinannya disimpan sebagai %1. Anda masih dapat membaca bagian yang terbaca. Untuk mencatat lagi, pilih Jurnal &gt; Mulai jurnal baru; tidak ada yang dihapus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your journal cannot be used just now and Tenang has not changed it: %1</source>
        <translation>Jurnal Anda tidak dapat dipakai saat ini dan Tenang tidak mengubahnya: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your journal cannot be written, so check-ins cannot be saved until this is fixed: %1</source>
        <translation>Jurnal Anda tidak dapat ditulisi, jadi catatan tidak dapat disimpan sampai masalah ini teratasi: %1</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>This session could not be kept in the journal: %1</source>
        <translation>Sesi ini tidak dapat disimpan di jurnal: %1</translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <location filename="../ui/journal/window.py" line="+193"/>
        <source>Journal – Tenang</source>
        <translation>Jurnal – Tenang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal</source>
        <translation>Jurnal Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in…</source>
        <translation>Catat suasana hati…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in</source>
        <translation>Catat suasana hati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write how you feel now (Ctrl+J)</source>
        <translation>Tuliskan perasaan Anda saat ini (Ctrl+J)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insights</source>
        <translation>&amp;Wawasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About your &amp;data</source>
        <translation>Tentang &amp;data Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal pages</source>
        <translation>Halaman jurnal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History, insights, and about your data</source>
        <translation>Riwayat, wawasan, dan tentang data Anda</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../ui/learn.py" line="+201"/>
        <source>Routine for this guide: %1</source>
        <translation>Latihan untuk panduan ini: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try %1 now</source>
        <translation>Coba %1 sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts the routine; you can stop it at any time</source>
        <translation>Memulai latihan; Anda bisa menghentikannya kapan saja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tenang does not open web pages. To read this source, copy it: %1</source>
        <translation>Tenang tidak membuka halaman web. Untuk membaca sumber ini, salin alamatnya: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learn</source>
        <translation>Belajar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guides</source>
        <translation>Panduan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short guides on breathing, stress and getting support</source>
        <translation>Panduan singkat tentang pernapasan, stres, dan mencari dukungan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guide</source>
        <translation>Panduan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen guide; press Tab to reach its links</source>
        <translation>Panduan yang dipilih; tekan Tab untuk menjangkau tautannya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try it now</source>
        <translation>Coba sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Copy link</source>
        <translation>Salin tautan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the web address so you can open it yourself</source>
        <translation>Menyalin alamat web agar Anda bisa membukanya sendiri</translation>
    </message>
</context>
<context>
    <name>LengthFilter</name>
    <message>
        <location filename="../ui/library.py" line="+99"/>
        <source>Any length</source>
        <translation>Semua durasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 2 min</source>
        <translation>Hingga 2 mnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 to 5 min</source>
        <translation>2 sampai 5 mnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 to 10 min</source>
        <translation>5 sampai 10 mnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 10 min</source>
        <translation>Lebih dari 10 mnt</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location line="+66"/>
        <source>recent</source>
        <translation>baru dijalankan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your routine</source>
        <translation>rutinitas Anda</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../ui/journal/lock_dialogs.py" line="-822"/>
        <source>A passphrase needs at least %1 characters (not counting spaces at the ends). A few words you will remember are best.</source>
        <translation>Frasa sandi perlu paling sedikit %1 karakter (spasi di awal dan akhir tidak dihitung). Paling baik beberapa kata yang akan Anda ingat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passphrases differ. Type the same passphrase in both fields.</source>
        <translation>Kedua frasa sandi berbeda. Ketik frasa sandi yang sama di kedua kolom.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Kode pemulihan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frasa sandi saat &amp;ini:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Export &amp;passphrase:</source>
        <translation>&amp;Frasa sandi ekspor:</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>Export passphrase</source>
        <translation>Frasa sandi ekspor</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The eight groups of letters and digits you saved; case and dashes do not matter</source>
        <translation>Delapan kelompok huruf dan angka yang Anda simpan; huruf besar-kecil dan tanda hubung tidak berpengaruh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Typed without showing it on screen</source>
        <translation>Diketik tanpa ditampilkan di layar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use the recovery code instead</source>
        <translation>Pakai kode &amp;pemulihan saja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the recovery code instead</source>
        <translation>Pakai kode pemulihan saja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a lost passphrase: type the recovery code you saved</source>
        <translation>Jika frasa sandi hilang: ketik kode pemulihan yang Anda simpan</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Repeat the export passphrase:</source>
        <translation>&amp;Ulangi frasa sandi ekspor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the export passphrase</source>
        <translation>Ulangi frasa sandi ekspor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase:</source>
        <translation>Frasa sandi &amp;baru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the new passphrase:</source>
        <translation>&amp;Ulangi frasa sandi baru:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least %1 characters. A few words you will remember are best. Tenang cannot show it to you again or reset it.</source>
        <translation>Paling sedikit %1 karakter. Paling baik beberapa kata yang akan Anda ingat. Tenang tidak bisa menampilkannya lagi atau menyetelnya ulang.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New passphrase</source>
        <translation>Frasa sandi baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new passphrase</source>
        <translation>Ulangi frasa sandi baru</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The same passphrase again, to catch a typing mistake</source>
        <translation>Frasa sandi yang sama sekali lagi, untuk menangkap salah ketik</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Removing the unencrypted copies from the file…</source>
        <translation>Menghapus salinan tak terenkripsi dari berkas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adding the check-ins saved while locked: %1 of %2</source>
        <translation>Menambahkan catatan yang disimpan selama terkunci: %1 dari %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypting your entries: %1 of %2</source>
        <translation>Mengenkripsi catatan Anda: %1 dari %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That did not work, and nothing was changed: %1</source>
        <translation>Itu tidak berhasil, dan tidak ada yang diubah: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Another Tenang changed the lock while this was being checked, so nothing was changed. Enter the passphrase again.</source>
        <translation>Tenang lain mengubah kunci saat ini sedang diperiksa, jadi tidak ada yang diubah. Masukkan frasa sandi lagi.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>That recovery code does not open the journal. Check it against what you saved and try again. Nothing was changed.</source>
        <translation>Kode pemulihan itu tidak membuka jurnal. Cocokkan dengan yang Anda simpan, lalu coba lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That passphrase does not open the journal. Check Caps Lock and the keyboard layout and try again. Nothing was changed.</source>
        <translation>Frasa sandi itu tidak membuka jurnal. Periksa Caps Lock dan tata letak papan ketik, lalu coba lagi. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>LockMinutes</name>
    <message>
        <location filename="../ui/journal/common.py" line="+9"/>
        <source>1 hour</source>
        <translation>1 jam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1 menit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes</source>
        <translation>%1 menit</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <location filename="../ui/journal/window.py" line="-137"/>
        <source>Your journal is locked</source>
        <translation>Jurnal Anda terkunci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your entries stay encrypted until you unlock the journal with your passphrase. Check-ins still work while it is locked: they are sealed and show up here after you unlock it.</source>
        <translation>Catatan Anda tetap terenkripsi sampai Anda membuka kunci jurnal dengan frasa sandi. Mencatat suasana hati tetap bisa selama terkunci: catatannya disegel dan muncul di sini setelah Anda membuka kuncinya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Un&amp;lock…</source>
        <translation>&amp;Buka kunci…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock the journal</source>
        <translation>Buka kunci jurnal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks for your passphrase or recovery code</source>
        <translation>Meminta frasa sandi atau kode pemulihan Anda</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="+280"/>
        <source>Tenang</source>
        <translation>Tenang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find a routine</source>
        <translation>&amp;Cari rutinitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open my routines folder</source>
        <translation>&amp;Buka folder rutinitas saya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload routines</source>
        <translation>&amp;Muat ulang rutinitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;minders…</source>
        <translation>&amp;Pengingat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Tenang</source>
        <translation>&amp;Tentang Tenang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learn</source>
        <translation>&amp;Belajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get help</source>
        <translation>&amp;Cari bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Learn</source>
        <translation>Belajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short guides on breathing, stress and finding support</source>
        <translation>Panduan singkat tentang pernapasan, stres, dan mencari dukungan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Get help</source>
        <translation>Cari bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency numbers, helplines and your trusted contacts</source>
        <translation>Nomor darurat, layanan bantuan, dan kontak tepercaya Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by title, tag or description</source>
        <translation>Cari menurut judul, tag, atau keterangan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search routines</source>
        <translation>Cari rutinitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter the routines; press Down to move to the list</source>
        <translation>Ketik untuk menyaring rutinitas; tekan panah bawah untuk pindah ke daftar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by tag</source>
        <translation>Saring menurut tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only routines with this tag</source>
        <translation>Tampilkan hanya rutinitas dengan tag ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by length</source>
        <translation>Saring menurut durasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only routines of about this length</source>
        <translation>Tampilkan hanya rutinitas dengan durasi kira-kira sepanjang ini</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routines</source>
        <translation>Rutinitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recently run routines come first. Press Enter to start one.</source>
        <translation>Rutinitas yang baru dijalankan tampil paling atas. Tekan Enter untuk memulai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No routine matches. Try other words or clear the filters.</source>
        <translation>Tidak ada rutinitas yang cocok. Coba kata lain atau kosongkan saringan.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <location line="+323"/>
        <source>Your settings could not be saved to %1: %2</source>
        <translation>Pengaturan Anda tidak dapat disimpan ke %1: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your settings file could not be used, so Tenang started with its default settings. The old file was kept as %1.</source>
        <translation>Berkas pengaturan Anda tidak dapat dipakai, jadi Tenang dimulai dengan pengaturan bawaan. Berkas lama disimpan sebagai %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your settings file could not be used, so Tenang started with its default settings. It could not be moved aside (%1), so changes will not be saved.</source>
        <translation>Berkas pengaturan Anda tidak dapat dipakai, jadi Tenang dimulai dengan pengaturan bawaan. Berkas itu tidak dapat dipindahkan (%1), jadi perubahan tidak akan disimpan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No file manager could open %1. Your routines live there.</source>
        <translation>Tidak ada pengelola berkas yang dapat membuka %1. Rutinitas Anda tersimpan di sana.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Tenang</source>
        <translation>Tentang Tenang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenang %1</source>
        <translation>Tenang %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided breathing and meditation with a private, offline mood journal. Nothing you do here leaves this computer.

Your routines folder: %1</source>
        <translation>Latihan napas dan meditasi terpandu, dengan jurnal suasana hati yang pribadi dan luring. Tidak ada yang Anda lakukan di sini yang keluar dari komputer ini.

Folder rutinitas Anda: %1</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <location filename="../ui/journal/common.py" line="-143"/>
        <source>awful</source>
        <translation>buruk sekali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad</source>
        <translation>buruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>okay</source>
        <translation>biasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>baik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>great</source>
        <translation>sangat baik</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../ui/journal/lock_dialogs.py" line="+660"/>
        <source>Making a new recovery code… This takes a moment.</source>
        <translation>Membuat kode pemulihan baru… Ini perlu sebentar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The old code no longer works. Save this one, tick the box, then Finish.</source>
        <translation>Kode lama sudah tidak berlaku. Simpan kode ini, centang kotaknya, lalu pilih Selesai.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New recovery code</source>
        <translation>Kode pemulihan baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new recovery code</source>
        <translation>Buat kode pemulihan baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your new recovery code</source>
        <translation>Simpan kode pemulihan baru Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new recovery code replaces the old one, which stops working at once. Use this if the old code was lost or seen by someone else. Enter your passphrase to go on.</source>
        <translation>Kode pemulihan baru menggantikan yang lama, yang langsung tidak berlaku lagi. Pakai ini jika kode lama hilang atau terlihat orang lain. Masukkan frasa sandi Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old recovery code</source>
        <translation>Tetap pakai kode pemulihan lama</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the code and show the new one</source>
        <translation>Ganti kodenya dan tampilkan yang baru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close; enabled once you ticked that you saved the code</source>
        <translation>Tutup; aktif setelah Anda mencentang bahwa kode sudah disimpan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../ui/errors.py" line="-83"/>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss notice</source>
        <translation>Tutup pemberitahuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this notice</source>
        <translation>Sembunyikan pemberitahuan ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice</source>
        <translation>Pemberitahuan</translation>
    </message>
</context>
<context>
    <name>NudgeCard</name>
    <message>
        <location filename="../ui/nudge_card.py" line="+85"/>
        <source>Your last few check-ins have been low. That is hard, and you do not have to carry it alone: talking to someone can help.</source>
        <translation>Beberapa catatan suasana hati terakhir Anda sedang rendah. Itu berat, dan Anda tidak harus menanggungnya sendiri: berbicara dengan seseorang bisa membantu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Get help</source>
        <translation>Cari bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helplines and your trusted contacts</source>
        <translation>Layanan bantuan dan kontak tepercaya Anda</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>A calming routine</source>
        <translation>Latihan yang menenangkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts a few minutes of long, easy out-breaths</source>
        <translation>Memulai beberapa menit embusan napas yang panjang dan ringan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss this card</source>
        <translation>Tutup kartu ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will not come back until another run of low days</source>
        <translation>Kartu ini tidak akan muncul lagi sampai ada beberapa hari rendah berikutnya</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../ui/visuals.py" line="-199"/>
        <source>Breathe in</source>
        <translation>Tarik napas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sip in more</source>
        <translation>Tarik sedikit lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Tahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Hembuskan napas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be still</source>
        <translation>Diam sejenak</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../ui/player.py" line="-263"/>
        <source>Stop the session?</source>
        <translation>Hentikan sesi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop now? The time you have breathed so far is kept.</source>
        <translation>Berhenti sekarang? Waktu bernapas Anda sejauh ini tetap tercatat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+249"/>
        <source>Stop</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+3"/>
        <source>Keep going</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>End the session now</source>
        <translation>Akhiri sesi sekarang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close this question and continue the session</source>
        <translation>Tutup pertanyaan ini dan lanjutkan sesi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 mnt %2 dtk</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Player</source>
        <translation>Pemutar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guided breathing: %1</source>
        <translation>Latihan napas terpandu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This step</source>
        <translation>Langkah ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole session</source>
        <translation>Seluruh sesi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step progress</source>
        <translation>Kemajuan langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the current step has passed</source>
        <translation>Seberapa jauh langkah ini sudah berjalan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session progress</source>
        <translation>Kemajuan sesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the whole session has passed</source>
        <translation>Seberapa jauh seluruh sesi sudah berjalan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip step</source>
        <translation>Lewati langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next step (Right arrow)</source>
        <translation>Pindah ke langkah berikutnya (panah kanan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End the session (Esc)</source>
        <translation>Akhiri sesi (Esc)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Show the whole player again (F or F11)</source>
        <translation>Tampilkan lagi seluruh pemutar (F atau F11)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full screen</source>
        <translation>Layar penuh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the breathing guide, filling the screen (F or F11)</source>
        <translation>Tampilkan hanya panduan napas, memenuhi layar (F atau F11)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the summary</source>
        <translation>Tutup ringkasan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the session (Space)</source>
        <translation>Lanjutkan sesi (Spasi)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the session (Space)</source>
        <translation>Jeda sesi (Spasi)</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Well done</source>
        <translation>Bagus sekali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session ended early</source>
        <translation>Sesi diakhiri lebih awal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time breathed: %1</source>
        <translation>Waktu bernapas: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breaths: %1</source>
        <translation>Jumlah napas: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Routine: %1</source>
        <translation>Rutinitas: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Get ready…</source>
        <translation>Bersiaplah…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cycle %1 of %2</source>
        <translation>Siklus %1 dari %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step %1 of %2</source>
        <translation>Langkah %1 dari %2</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Leave full screen</source>
        <translation>Keluar dari layar penuh</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <location filename="../ui/journal/lock_dialogs.py" line="-1008"/>
        <source>Copied. Paste it somewhere safe, then clear it from the clipboard.</source>
        <translation>Tersalin. Tempel di tempat yang aman, lalu hapus dari papan klip.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is your recovery code. It opens the journal if you forget the passphrase, and it is shown only now. Write it on paper or keep it in a password manager, away from this computer.</source>
        <translation>Ini kode pemulihan Anda. Kode ini membuka jurnal jika Anda lupa frasa sandi, dan hanya ditampilkan sekarang. Tulis di kertas atau simpan di pengelola kata sandi, terpisah dari komputer ini.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy the code</source>
        <translation>Sa&amp;lin kode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the code</source>
        <translation>Salin kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the recovery code on the clipboard</source>
        <translation>Taruh kode pemulihan di papan klip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have &amp;saved the recovery code somewhere safe</source>
        <translation>Saya sudah &amp;menyimpan kode pemulihan di tempat yang aman</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have saved the recovery code</source>
        <translation>Saya sudah menyimpan kode pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick this once the code is written down; then Finish</source>
        <translation>Centang ini setelah kodenya dicatat; lalu pilih Selesai</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../ui/reminders/controller.py" line="+216"/>
        <source>The reminder&apos;s routine “%1” is not in your library.</source>
        <translation>Rutinitas pengingat ini, “%1”, tidak ada di pustaka Anda.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Starting at log-in could not be changed: %1</source>
        <translation>Pengaturan mulai saat masuk tidak dapat diubah: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your reminders could not be saved to %1: %2</source>
        <translation>Pengingat Anda tidak dapat disimpan ke %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/reminders/notify.py" line="+54"/>
        <source>Time for a quick check-in</source>
        <translation>Saatnya cek suasana hati sejenak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a breath</source>
        <translation>Saatnya menarik napas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How are you feeling right now?</source>
        <translation>Bagaimana perasaan Anda saat ini?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, whenever you are ready.</source>
        <translation>%1, kapan pun Anda siap.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 10 min</source>
        <translation>Tunda 10 menit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip today</source>
        <translation>Lewati hari ini</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../ui/reminders/settings_page.py" line="+94"/>
        <source>choose at least one day</source>
        <translation>pilih setidaknya satu hari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the start must be before the end</source>
        <translation>jam mulai harus sebelum jam selesai</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a time like 07:30</source>
        <translation>“%1” bukan jam seperti 07:30</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add at least one time, like 07:30</source>
        <translation>tambahkan setidaknya satu jam, misalnya 07:30</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a time is listed twice</source>
        <translation>ada jam yang tercantum dua kali</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mon</source>
        <translation>Sen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>Sel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Rab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>Kam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Jum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>check-in</source>
        <translation>cek suasana hati</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every %1 min, %2–%3: %4</source>
        <translation>Setiap %1 menit, %2–%3: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At %1: %2</source>
        <translation>Pukul %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (off)</source>
        <translation>%1 (mati)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Reminder %1: %2</source>
        <translation>Pengingat %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a reminder to change it below</source>
        <translation>Pilih pengingat untuk mengubahnya di bawah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add reminder</source>
        <translation>&amp;Tambah pengingat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add reminder</source>
        <translation>Tambah pengingat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a reminder and selects it</source>
        <translation>Menambahkan pengingat dan memilihnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove reminder</source>
        <translation>Hapus pengingat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected reminder</source>
        <translation>Menghapus pengingat yang dipilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected reminder</source>
        <translation>Pengingat terpilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder on</source>
        <translation>Pengingat aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn this reminder off without deleting</source>
        <translation>Matikan pengingat ini tanpa menghapusnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every few minutes</source>
        <translation>Setiap beberapa menit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At fixed times</source>
        <translation>Pada jam tertentu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;peat</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every few minutes, or at fixed times</source>
        <translation>Setiap beberapa menit, atau pada jam tertentu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every (&amp;minutes)</source>
        <translation>Setiap (me&amp;nit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes between reminders</source>
        <translation>Jeda antarpengingat dalam menit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;rom</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the active hours</source>
        <translation>Awal jam aktif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Until</source>
        <translation>Sa&amp;mpai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the active hours (not included)</source>
        <translation>Akhir jam aktif (tidak termasuk)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Times</source>
        <translation>&amp;Jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times of day, separated by commas, like 07:30, 21:30</source>
        <translation>Jam dalam sehari, dipisahkan koma, misalnya 07:30, 21:30</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Suggest</source>
        <translation>&amp;Sarankan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the reminder offers</source>
        <translation>Apa yang ditawarkan pengingat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;outine</source>
        <translation>Rutin&amp;itas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The routine the reminder suggests</source>
        <translation>Rutinitas yang disarankan pengingat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Days</source>
        <translation>Ha&amp;ri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remind on this day</source>
        <translation>Ingatkan pada hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A routine</source>
        <translation>Sebuah rutinitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mood check-in</source>
        <translation>Cek suasana hati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When to stay quiet</source>
        <translation>Kapan Tenang diam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am a&amp;way after (minutes)</source>
        <translation>Saya dianggap &amp;pergi setelah (menit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Away after minutes</source>
        <translation>Dianggap pergi setelah berapa menit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminder after this many minutes without keyboard or mouse input</source>
        <translation>Tidak ada pengingat setelah sekian menit tanpa sentuhan papan ketik atau tetikus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remind even when Tenang cannot tell if I am here</source>
        <translation>Tetap ingatkan meski Tenang tidak tahu apakah saya ada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some systems cannot report idle time</source>
        <translation>Beberapa sistem tidak dapat melaporkan lama waktu diam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whether you are at the computer</source>
        <translation>apakah Anda ada di depan komputer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full-screen windows</source>
        <translation>jendela layar penuh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do-not-disturb</source>
        <translation>mode jangan ganggu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenang never reminds while a routine is running, in do-not-disturb, over a full-screen window, or when you are away.</source>
        <translation>Tenang tidak pernah mengingatkan saat rutinitas sedang berjalan, saat mode jangan ganggu aktif, di atas jendela layar penuh, atau saat Anda sedang tidak di depan komputer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On this system Tenang cannot detect: %1.</source>
        <translation>Di sistem ini Tenang tidak dapat mendeteksi: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenang</source>
        <translation>Tenang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Tenang in the tray when the window is closed</source>
        <translation>Biarkan Tenang tetap di baki sistem saat jendela ditutup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Off: closing the window quits Tenang</source>
        <translation>Jika mati: menutup jendela akan mengakhiri Tenang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Tenang when I log in</source>
        <translation>Jalankan Tenang saat saya masuk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off unless you turn it on</source>
        <translation>Mati kecuali Anda menyalakannya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desktop has no tray, so closing the window quits Tenang, and reminders only come while Tenang is open.</source>
        <translation>Desktop ini tidak punya baki sistem, jadi menutup jendela akan mengakhiri Tenang, dan pengingat hanya muncul selama Tenang terbuka.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the reminders and apply them now</source>
        <translation>Simpan pengingat dan terapkan sekarang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close without changing anything</source>
        <translation>Tutup tanpa mengubah apa pun</translation>
    </message>
</context>
<context>
    <name>RoutineBuilder</name>
    <message>
        <location filename="../ui/builder.py" line="+105"/>
        <source>Breathe in</source>
        <translation>Tarik napas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-up</source>
        <translation>Tarik lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Tahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Hembuskan napas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold empty</source>
        <translation>Tahan kosong</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bowl bell</source>
        <translation>Lonceng mangkuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft bell</source>
        <translation>Lonceng lembut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rising chime</source>
        <translation>Denting naik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falling chime</source>
        <translation>Denting turun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick</source>
        <translation>Detak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brown noise</source>
        <translation>Derau cokelat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rain</source>
        <translation>Hujan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ocean</source>
        <translation>Ombak laut</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+386"/>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <location line="-385"/>
        <location line="+386"/>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>%1 in English</source>
        <translation>%1 dalam bahasa Inggris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown when the app is in English</source>
        <translation>Ditampilkan saat aplikasi berbahasa Inggris</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in Indonesian</source>
        <translation>%1 dalam bahasa Indonesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown when the app is in Indonesian</source>
        <translation>Ditampilkan saat aplikasi berbahasa Indonesia</translation>
    </message>
    <message>
        <location line="+122"/>
        <location line="+220"/>
        <source>Step label</source>
        <translation>Nama langkah</translation>
    </message>
    <message>
        <location line="-219"/>
        <location line="+220"/>
        <source>&amp;Label</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>s</source>
        <comment>the unit after a number of seconds</comment>
        <translation>dtk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seconds for this part of each breath</source>
        <translation>Detik untuk bagian ini di setiap napas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Len&amp;gth</source>
        <translation>&amp;Panjang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number of breaths</source>
        <translation>Sejumlah napas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A length of time</source>
        <translation>Selama waktu tertentu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the step&apos;s length is given</source>
        <translation>Cara menentukan panjang langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count breaths, or breathe for a length of time</source>
        <translation>Hitung napas, atau bernapas selama waktu tertentu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Breaths</source>
        <translation>Jumlah &amp;napas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breaths</source>
        <translation>Jumlah napas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many breaths the step lasts</source>
        <translation>Berapa napas dalam langkah ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+196"/>
        <source>&amp;Time</source>
        <translation>&amp;Waktu</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>e.g. 4m, 90s or 1m30s</source>
        <translation>mis. 4m, 90s, atau 1m30s</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+196"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>How long to breathe, like 4m, 90s or 1m30s</source>
        <translation>Berapa lama bernapas, seperti 4m, 90s, atau 1m30s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ease towards another pattern</source>
        <translation>&amp;Beralih perlahan ke pola lain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ease towards another pattern</source>
        <translation>Beralih perlahan ke pola lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each breath moves a little towards the pattern of the last one</source>
        <translation>Setiap napas bergeser sedikit menuju pola napas terakhir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last breath</source>
        <translation>Napas terakhir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last breath: %1</source>
        <translation>Napas terakhir: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds for this part of the last breath</source>
        <translation>Detik untuk bagian ini pada napas terakhir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;default sounds</source>
        <translation>Pakai suara &amp;bawaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the default sounds</source>
        <translation>Pakai suara bawaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A chime on each breath in and out, a tick on holds</source>
        <translation>Denting di setiap tarikan dan hembusan napas, detak saat menahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds</source>
        <translation>Suara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sound</source>
        <translation>Tanpa suara</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound for %1</source>
        <translation>Suara untuk %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Played when this part of the breath begins</source>
        <translation>Dibunyikan saat bagian napas ini dimulai</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>e.g. 10m</source>
        <translation>mis. 10m</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long the quiet lasts, like 10m or 90s</source>
        <translation>Berapa lama hening berlangsung, seperti 10m atau 90s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ring an &amp;interval bell</source>
        <translation>Bunyikan &amp;lonceng berkala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ring an interval bell</source>
        <translation>Bunyikan lonceng berkala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bell at regular times during the quiet</source>
        <translation>Lonceng pada waktu yang teratur selama hening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;very</source>
        <translation>&amp;Setiap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2m</source>
        <translation>mis. 2m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bell interval</source>
        <translation>Jarak lonceng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time between bells, like 2m</source>
        <translation>Waktu di antara lonceng, seperti 2m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;ell</source>
        <translation>L&amp;onceng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interval bell sound</source>
        <translation>Suara lonceng berkala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sound of the interval bell</source>
        <translation>Bunyi lonceng berkala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Prompts</source>
        <translation>&amp;Arahan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At</source>
        <translation>Pada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prompts</source>
        <translation>Arahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts shown during the quiet: the time into the step, then the words</source>
        <translation>Teks yang tampil selama hening: waktunya dalam langkah, lalu kata-katanya</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;prompt</source>
        <translation>Tambah &amp;arahan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add prompt</source>
        <translation>Tambah arahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a text shown during this step</source>
        <translation>Tambahkan teks yang tampil selama langkah ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove p&amp;rompt</source>
        <translation>Hapus a&amp;rahan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove prompt</source>
        <translation>Hapus arahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected prompt</source>
        <translation>Hapus arahan yang dipilih</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Comments will be lost</source>
        <translation>Komentar akan hilang</translation>
    </message>
    <message>
        <location line="+585"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-595"/>
        <source>%1 has comments (on line %2). Saving from this form rewrites the file without them.</source>
        <translation>%1 berisi komentar (di baris %2). Menyimpan dari formulir ini menulis ulang berkas tanpa komentar itu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save without comments</source>
        <translation>Simpan tanpa komentar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the file?</source>
        <translation>Ganti berkasnya?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists in your routines folder. Replace it?</source>
        <translation>%1 sudah ada di folder rutinitas Anda. Ganti berkas itu?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The routine could not be saved: %1</source>
        <translation>Rutinitas tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Edit routine</source>
        <translation>Ubah rutinitas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New routine</source>
        <translation>Rutinitas baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine</source>
        <translation>Rutinitas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;itle</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;d</source>
        <translation>I&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Ringkasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caution</source>
        <translation>P&amp;eringatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource</source>
        <translation>S&amp;umber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back&amp;ground sound</source>
        <translation>Suara &amp;latar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caution</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short unique name of lowercase letters, digits and hyphens; also the file name</source>
        <translation>Nama pendek yang unik dari huruf kecil, angka, dan tanda hubung; juga menjadi nama berkas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. my-evening</source>
        <translation>mis. malam-saya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to find the routine by, separated by commas</source>
        <translation>Kata untuk mencari rutinitas ini, dipisahkan koma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. calm, sleep</source>
        <translation>mis. calm, sleep</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the technique comes from</source>
        <translation>Asal teknik ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Background sound</source>
        <translation>Suara latar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quiet sound that loops under the whole routine</source>
        <translation>Suara lembut yang berulang sepanjang rutinitas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The steps in order. Alt+Up and Alt+Down move the selected step.</source>
        <translation>Langkah-langkah secara berurutan. Alt+Atas dan Alt+Bawah memindahkan langkah yang dipilih.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;breathing</source>
        <translation>Tambah &amp;napas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add breathing step</source>
        <translation>Tambah langkah napas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a paced breathing step (Ctrl+Shift+B)</source>
        <translation>Tambahkan langkah napas berirama (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;quiet</source>
        <translation>Tambah &amp;hening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add quiet step</source>
        <translation>Tambah langkah hening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a step of timed quiet (Ctrl+Shift+M)</source>
        <translation>Tambahkan langkah hening berwaktu (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove step</source>
        <translation>Hapus langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected step (Ctrl+Shift+Delete)</source>
        <translation>Hapus langkah yang dipilih (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;up</source>
        <translation>Naik&amp;kan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move step up</source>
        <translation>Naikkan langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected step earlier (Alt+Up)</source>
        <translation>Pindahkan langkah yang dipilih ke atas (Alt+Atas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move do&amp;wn</source>
        <translation>T&amp;urunkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move step down</source>
        <translation>Turunkan langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected step later (Alt+Down)</source>
        <translation>Pindahkan langkah yang dipilih ke bawah (Alt+Bawah)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview and TOML</source>
        <translation>Pratinjau dan TOML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch the routine, or read the text that will be saved</source>
        <translation>Lihat rutinitasnya, atau baca teks yang akan disimpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>TOML</source>
        <translation>TOML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The routine as TOML</source>
        <translation>Rutinitas dalam bentuk TOML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text that will be saved</source>
        <translation>Teks yang akan disimpan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The routine played in a small breathing picture</source>
        <translation>Rutinitas yang diputar dalam gambar napas kecil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What must be fixed before saving, as tenang sessions validate reports it. Press Enter on one to go to its step.</source>
        <translation>Yang harus diperbaiki sebelum menyimpan, sama seperti laporan tenang sessions validate. Tekan Enter pada salah satunya untuk pergi ke langkahnya.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total: not known yet</source>
        <translation>Total: belum diketahui</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems: the routine can be saved.</source>
        <translation>Tidak ada masalah: rutinitas bisa disimpan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 problem to fix before saving:</source>
        <translation>1 masalah perlu diperbaiki sebelum menyimpan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 problems to fix before saving:</source>
        <translation>%1 masalah perlu diperbaiki sebelum menyimpan:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Pause preview</source>
        <translation>&amp;Jeda pratinjau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Play preview</source>
        <translation>&amp;Putar pratinjau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start or pause the preview; it is silent</source>
        <translation>Mulai atau jeda pratinjau; pratinjau tidak bersuara</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Quiet</source>
        <translation>Hening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathing</source>
        <translation>Napas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>RoutineErrorsPanel</name>
    <message>
        <location filename="../ui/errors.py" line="-68"/>
        <source>1 problem in your routines. Fix the file and save: this list updates by itself.</source>
        <translation>Ada 1 masalah di rutinitas Anda. Perbaiki berkasnya lalu simpan: daftar ini diperbarui sendiri.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 problems in your routines. Fix the files and save: this list updates by itself.</source>
        <translation>Ada %1 masalah di rutinitas Anda. Perbaiki berkasnya lalu simpan: daftar ini diperbarui sendiri.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Routine problems</source>
        <translation>Masalah rutinitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each line names the file, the line, the setting and what is wrong.</source>
        <translation>Setiap baris menyebut berkas, baris, kunci, dan apa yang salah.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="+69"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remi&amp;nders…</source>
        <translation>Pe&amp;ngingat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder times, quiet rules, tray and log-in start</source>
        <translation>Waktu pengingat, aturan diam, baki sistem, dan mulai saat masuk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearance</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>Suara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Circle</source>
        <translation>Lingkaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Square</source>
        <translation>Persegi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave</source>
        <translation>Gelombang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the routine says</source>
        <translation>Sesuai rutinitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brown noise</source>
        <translation>Derau cokelat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rain</source>
        <translation>Hujan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ocean</source>
        <translation>Ombak laut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reduce motion:</source>
        <translation>&amp;Kurangi gerakan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Breathing shape:</source>
        <translation>Bentuk &amp;napas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ue volume:</source>
        <translation>Volume &amp;penanda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mbient volume:</source>
        <translation>Volume suara &amp;latar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambient &amp;sound:</source>
        <translation>&amp;Suara latar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loc&amp;k the journal when idle for:</source>
        <translation>Kunci &amp;jurnal bila tak dipakai selama:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Count in for 3 seconds before starting</source>
        <translation>Hitung mundur 3 detik sebelum mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a sound at each phase</source>
        <translation>Bunyikan penanda di setiap fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pacing tone that rises and falls</source>
        <translation>Nada pemandu yang naik dan turun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask how I feel before and after a routine</source>
        <translation>Tanyakan perasaan saya sebelum dan sesudah rutinitas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show streaks in the insights</source>
        <translation>Tampilkan rangkaian hari di wawasan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a few low days, offer a quiet card with ways to get help</source>
        <translation>Setelah beberapa hari yang berat, tampilkan kartu tenang berisi cara mencari bantuan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of Tenang; changes at once after saving</source>
        <translation>Bahasa Tenang; langsung berganti setelah disimpan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light or dark colours, or follow the system</source>
        <translation>Warna terang atau gelap, atau ikuti sistem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reduce motion</source>
        <translation>Kurangi gerakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When on, the breathing shape stays still and a progress bar paces you</source>
        <translation>Jika aktif, bentuk napas tidak bergerak dan bilah kemajuan yang memandu tempo Anda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breathing shape</source>
        <translation>Bentuk napas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shape that moves with your breath</source>
        <translation>Bentuk yang bergerak mengikuti napas Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead-in</source>
        <translation>Hitung mundur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count down 3 seconds before a routine starts</source>
        <translation>Hitung mundur 3 detik sebelum rutinitas dimulai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall volume, 0 to 100</source>
        <translation>Volume keseluruhan, 0 sampai 100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cue volume</source>
        <translation>Volume penanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume of bells and phase sounds, 0 to 100</source>
        <translation>Volume lonceng dan penanda fase, 0 sampai 100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ambient volume</source>
        <translation>Volume suara latar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume of the background sound, 0 to 100</source>
        <translation>Volume suara latar, 0 sampai 100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phase sounds</source>
        <translation>Penanda fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a short sound when a phase begins</source>
        <translation>Bunyikan suara pendek saat fase dimulai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ambient sound</source>
        <translation>Suara latar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quiet background sound under every routine, or the one each routine chooses</source>
        <translation>Suara latar yang lembut di bawah setiap rutinitas, atau yang dipilih tiap rutinitas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A soft tone that rises as you breathe in and falls as you breathe out; when off, only routines that ask for it play it</source>
        <translation>Nada lembut yang naik saat Anda menarik napas dan turun saat Anda menghembuskannya; jika nonaktif, hanya rutinitas yang memintanya yang memutarnya</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Pacing tone</source>
        <translation>Nada pemandu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check-in prompts</source>
        <translation>Pertanyaan suasana hati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short mood check-in before and after each routine; one click skips it</source>
        <translation>Catatan suasana hati singkat sebelum dan sesudah setiap rutinitas; satu klik untuk melewatinya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Streaks</source>
        <translation>Rangkaian hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the days in a row with a check-in; one missed day never breaks it</source>
        <translation>Hitung hari berturut-turut yang ada catatannya; satu hari terlewat tidak pernah memutusnya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock the journal when idle for</source>
        <translation>Kunci jurnal bila tak dipakai selama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the journal lock on: how long Tenang may go without a key press or click before it forgets the passphrase. Hiding or closing Tenang locks it at once.</source>
        <translation>Saat kunci jurnal aktif: berapa lama Tenang boleh tanpa tombol ditekan atau klik sebelum melupakan frasa sandi. Menyembunyikan atau menutup Tenang langsung menguncinya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low-mood card</source>
        <translation>Kartu suasana hati rendah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When your check-ins show several low days, the library shows one quiet, dismissible card linking to Get help; never a pop-up</source>
        <translation>Jika catatan suasana hati Anda menunjukkan beberapa hari rendah, pustaka menampilkan satu kartu tenang yang bisa ditutup, dengan tautan ke Cari bantuan; tidak pernah berupa jendela sembul</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel without saving</source>
        <translation>Batal tanpa menyimpan</translation>
    </message>
</context>
<context>
    <name>StandardButton</name>
    <message>
        <location filename="../ui/i18n.py" line="+102"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <location filename="../ui/detail.py" line="-237"/>
        <source>%1 s in</source>
        <translation>tarik %1 dtk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s top-up</source>
        <translation>tarik lagi %1 dtk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s hold</source>
        <translation>tahan %1 dtk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s out</source>
        <translation>hembuskan %1 dtk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s hold empty</source>
        <translation>tahan kosong %1 dtk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 cycle</source>
        <translation>1 siklus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cycles</source>
        <translation>%1 siklus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 prompt</source>
        <translation>1 arahan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 prompts</source>
        <translation>%1 arahan</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of quiet</source>
        <translation>%1 hening</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a bell every %1</source>
        <translation>lonceng setiap %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>easing to %1</source>
        <translation>perlahan menjadi %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for %1</source>
        <translation>selama %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../ui/reminders/tray.py" line="+105"/>
        <source>Start “%1”</source>
        <translation>Mulai “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the last routine</source>
        <translation>Mulai rutinitas terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick check-in</source>
        <translation>Cek suasana hati singkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause reminders</source>
        <translation>Jeda pengingat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 1 hour</source>
        <translation>Selama 1 jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until tomorrow</source>
        <translation>Sampai besok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until I resume them</source>
        <translation>Sampai saya lanjutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume reminders</source>
        <translation>Lanjutkan pengingat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Tenang</source>
        <translation>Buka Tenang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get help</source>
        <translation>Cari bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reminders are paused until you resume them</source>
        <translation>Pengingat dijeda sampai Anda melanjutkannya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminders set</source>
        <translation>Belum ada pengingat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders paused; next reminder: %1</source>
        <translation>Pengingat dijeda; pengingat berikutnya: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next reminder: %1</source>
        <translation>Pengingat berikutnya: %1</translation>
    </message>
</context>
<context>
    <name>TurnOffDialog</name>
    <message>
        <location filename="../ui/journal/lock_dialogs.py" line="+566"/>
        <source>Decrypting your entries… This takes a moment.</source>
        <translation>Mendekripsi catatan Anda… Ini perlu sebentar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>Turn the lock off</source>
        <translation>Nonaktifkan kunci</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Turn the lock off?</source>
        <translation>Nonaktifkan kunci?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every entry is decrypted and the journal is stored unencrypted again, as before the lock: anyone who can read the file, or a backup you make from now on, can read your moods, tags and notes. The passphrase and the recovery code stop working.</source>
        <translation>Semua catatan didekripsi dan jurnal kembali disimpan tanpa enkripsi, seperti sebelum dikunci: siapa pun yang dapat membuka berkasnya, atau cadangan yang Anda buat mulai sekarang, dapat membaca suasana hati, tag, dan catatan Anda. Frasa sandi dan kode pemulihan tidak berlaku lagi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep the lock</source>
        <translation>Tetap kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close and leave the journal encrypted</source>
        <translation>Tutup dan biarkan jurnal tetap terenkripsi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decrypt every entry and remove the passphrase</source>
        <translation>Dekripsi semua catatan dan hapus frasa sandi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>TurnOnDialog</name>
    <message>
        <location line="+149"/>
        <source>Preparing the lock… This takes a few seconds.</source>
        <translation>Menyiapkan kunci… Ini perlu beberapa detik.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The lock is on: %1 entries are encrypted. From now on Tenang asks for the passphrase when you open the journal, and forgets it again after a while without use.</source>
        <translation>Kunci sudah aktif: %1 catatan terenkripsi. Mulai sekarang Tenang meminta frasa sandi saat Anda membuka jurnal, dan melupakannya lagi setelah beberapa saat tidak dipakai.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another Tenang has the journal open, so old unencrypted pages may stay in the file until it closes. They are removed at the next start.</source>
        <translation>Tenang lain sedang membuka jurnal ini, jadi halaman lama yang tidak terenkripsi mungkin masih ada di berkas sampai Tenang itu ditutup. Halaman itu dihapus saat Tenang dimulai lagi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Encrypting your entries…</source>
        <translation>Mengenkripsi catatan Anda…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Turn the lock on</source>
        <translation>Aktifkan kunci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before you turn the lock on</source>
        <translation>Sebelum Anda mengaktifkan kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a passphrase</source>
        <translation>Pilih frasa sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your recovery code</source>
        <translation>Simpan kode pemulihan Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock is on</source>
        <translation>Kunci sudah aktif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no way around the lock. If you lose the passphrase and the recovery code, nobody can read your entries again: not you, and not the makers of Tenang.</source>
        <translation>Kunci ini tidak bisa diakali. Jika frasa sandi dan kode pemulihan hilang, tidak ada yang bisa membaca catatan Anda lagi: tidak Anda, dan tidak juga pembuat Tenang.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The lock encrypts each entry&apos;s mood, energy, tags and note, and your own tags, with a passphrase you choose. Next you get a recovery code, shown once, that opens the journal if you forget the passphrase.

Still readable without the passphrase: when each entry was written, whether it was written before or after a routine, your routine runs (which routine, when, how long) and how many entries there are. Backups and exports you made before are not locked.</source>
        <translation>Kunci mengenkripsi suasana hati, energi, tag, dan isi setiap catatan, serta tag buatan Anda sendiri, dengan frasa sandi pilihan Anda. Setelah itu Anda mendapat kode pemulihan, yang ditampilkan sekali saja, untuk membuka jurnal jika Anda lupa frasa sandi.

Tetap terbaca tanpa frasa sandi: kapan setiap catatan ditulis, apakah ditulis sebelum atau sesudah rutinitas, sesi rutinitas Anda (rutinitas apa, kapan, berapa lama), dan berapa banyak catatan yang ada. Cadangan dan ekspor yang Anda buat sebelumnya tidak ikut terkunci.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I understand, &amp;continue</source>
        <translation>Saya mengerti, &amp;lanjutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to choose a passphrase</source>
        <translation>Lanjut memilih frasa sandi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the passphrase and show the code</source>
        <translation>Periksa frasa sandi dan tampilkan kodenya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt every entry; enabled once you ticked that you saved the code</source>
        <translation>Enkripsi semua catatan; aktif setelah Anda mencentang bahwa kode sudah disimpan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window</source>
        <translation>Tutup jendela ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the journal as it was, unencrypted</source>
        <translation>Biarkan jurnal seperti semula, tanpa enkripsi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../ui/i18n.py" line="+43"/>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../ui/journal/lock_dialogs.py" line="-435"/>
        <source>Unlocking and finishing the lock… This takes a moment.</source>
        <translation>Membuka kunci dan menyelesaikan pengaktifannya… Ini perlu sebentar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocking… This takes a moment.</source>
        <translation>Membuka kunci… Ini perlu sebentar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unlock the journal</source>
        <translation>Buka kunci jurnal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish turning the lock on</source>
        <translation>Selesaikan pengaktifan kunci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turning the lock on was interrupted earlier, so your entries are not encrypted yet. Enter the passphrase you chose then to finish it.</source>
        <translation>Pengaktifan kunci sebelumnya terputus, jadi catatan Anda belum terenkripsi. Masukkan frasa sandi yang Anda pilih waktu itu untuk menyelesaikannya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your journal is locked</source>
        <translation>Jurnal Anda terkunci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your passphrase to read and change your entries. Tenang forgets it again after a while without use.</source>
        <translation>Masukkan frasa sandi untuk membaca dan mengubah catatan Anda. Tenang melupakannya lagi setelah beberapa saat tidak dipakai.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the entries encrypted and close</source>
        <translation>Biarkan catatan tetap terenkripsi dan tutup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the journal with what you typed</source>
        <translation>Buka jurnal dengan yang Anda ketik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
</TS>
