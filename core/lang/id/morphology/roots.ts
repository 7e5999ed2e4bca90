/**
 * A small lexicon of common Indonesian root words, compiled by hand for Padanan and licensed with
 * it (Apache-2.0). The stemmer uses it only to choose between readings that the affix rules
 * alone cannot tell apart (memakan: makan or pakan? berikan: beri + -kan or ber- + ikan?). The
 * glossary matcher does not need it: there the glossary's own entries are the lexicon.
 */
export const ROOT_WORDS: ReadonlySet<string> = new Set(
  `
meski namun tetapi tapi saja hanya pernah bahkan kalau apabila ketika sejak sehingga maka kepada pada ini itu
abad abadi abai abang abdi abu acak acara acu acuh ada adab adat adegan adik adil adopsi adu aduk
afiliasi agak agama agar agen agresi agung ahli air ajak ajar aju ajuan ajuk akademi akal akan akar
akhir akibat akrab aksara akses aksi aktif aktivis aktor aku akui akun akurat alam alamat alami alas
alat album alih alir alis alokasi alumni alun aman amanat amat ambang ambil ambisi ambruk ampun
amputasi amuk amunisi anak analis analisis anarki ancam anda aneh anggap anggar anggota anggur angin
angka angkasa angkat angkut aniaya anjing anjur antar antara antre anugerah anyam apa api apresiasi
apung arah arak arang arena armada aroma arsip arti artikel arus asah asal asap asas asing asli
asrama asuh asuransi atap atas atau atlet atom atur awak awal awan awas awet ayah ayam ayat azas
babak baca badai badan badut bagai bagaimana bagi bagian bagus bahan bahas bahasa bahaya bahu bahwa
baik bajak baju bakal bakar bakat bakso bakti balai balap balas balik balita balon bambu ban bandar
bandara bandel banding bang bangga bangkai bangkit bangkrut bangku bangsa bangun banjir bank bantah
bantai bantal banting bantu banyak bapak bar bara barang barat baring baris baru basa basah basis
batal batang batas baterai batik batu bau bawa bawah bawang bayang bayar bayi beban bebas bebek
becak beda bedah bedil bekal bekam bekas bela belah belakang belanja belas beli belit belok belum
benah benam benar benci benda bendera bendung bengkak bengkel benih bentang benteng bentrok bentuk
benua berangkat berani berantas beras berat beres beri berita berkas bersih besar besi besuk betina
betul biar biara biasa biaya bibir bicara bidang bijak bijaksana biji bikin bila bilang bilik
bimbang bimbel bimbing bina binasa binatang bincang bingung bintang bioskop biru bisa bisik bising
bisnis bisu blokade bocah bocor bodi bodoh bohong bola boleh bom bongkar bor borong boros bosan
botol buah buang buat budak budaya budi bui bujuk buka bukan bukit bukti buku bulan bulat bulu bumbu
bumi bunga bungkus bunker buntu bunuh bunyi buron bursa buru buruh buruk burung busana busuk buta
butuh cabang cabut cacat cadang cadar cagar cahaya cair cakap cakup calo calon camat campak campur
candu cangkir cantik cantum capai capek cara cari cat catat cedera cegah cek celaka celana cemar
cemas cemburu cendekia cengkeram cepat cerah cerai ceramah cerdas cerdik cerita cermat cermin cetak
cicil cicip cinta cipta cita cium coba cocok contoh cuaca cuci cukup culik cuma curang curi curiga
dada dadak daerah daftar dagang daging dagu dahan dahulu dakwa dakwah dalam dalang dalih damai damba
dampak dampar damping dan dana dandan dangdut dangkal dapat dapur darah darat dari darma darurat
dasar dasi data datang datar daulat daun daya debat dekan dekat dekret delapan delegasi demi
demokrasi demonstrasi denda dendam dengan dengar depa depan derajat deras deret derita desa desain
desak detak detik dewa dewan dewasa di dia diam didik dik diktator dinamika dinas dinding dingin
dini diplomasi diplomat direktur diri disiplin diskusi doa dokter dokumen domba dompet donor dorong
dosa dosen drama dua duduk duel duga duka dukung dulu dunia dusta dusun duta edar edukasi efek
efektif eja ejek ekonomi ekor ekspedisi ekspor elak elite emas emosi empat empati enak enam energi
enggan engkau entah entas era erat erosi eskalasi esok etika evakuasi evaluasi fakta faktor fasih
fasilitas fatwa film final fitnah fokus formasi forum foto fraksi frustrasi fungsi gabung gadai
gagah gagal gagas gairah gajah gaji galang galeri gali gambar gampang ganas gandeng ganggu ganja
ganti gantung garam garap garda garis gaung gaya gedung gelap gelar gelembung gelisah gelombang gema
gembira gempa gempur gemuk genap gencar gencat genggam gengsi gerai gerak gerbang gerebek gereja
gertak gesa giat gigi gigih gila gilas gilir ginjal gizi global golong golput goreng gores gosok
gotong gratis gubernur gudang gugat gugur gugus gula gulat gulung gumpal guna guncang gunting gunung
gurau guru gusur habis hadang hadap hadiah hadir hafal hajat haji hak hakim hal halal halaman halang
halus hama hambar hambat hamil hampa hampir hancur handal hangat hangus hantam hantar hanya hanyut
hapus haram harap harga hari harimau harmoni harta haru harus hasil hasrat hasut hati hawa hebat
hela hemat hendak hening hentak henti heran hias hibur hidang hidup hijau hijrah hilang hilir himpun
hina hindar hingga hiruk hirup hisap hitam hitung honor hormat hotel hubung hujan hukum hulu huni
huruf hutan hutang ia ibadah ibu idap ide idola ikan ikat iklan iklas iklim ikut ilegal ilmu imam
imbang imbau imigrasi impor imun inap incar indah indera induk industri infeksi informasi ingat
ingin ingkar ini inisiatif injak insiden instansi instruksi intai intel intervensi inti intip
investasi investigasi iring isak isi isolasi istana istirahat istri isu iuran izin jabat jadi jadwal
jaga jagung jahat jahil jahit jajah jajak jaksa jalan jalin jalur jamaah jamin jangan jangka janji
jantung jarah jarang jari jaring jarum jasa jatah jatuh jauh jawab jaya jejak jelajah jelang jelas
jelek jemaat jembatan jemput jenazah jenderal jenis jenuh jera jerat jerih jernih jiwa jodoh jorok
jual juang juara judul juga jumlah jumpa junjung jurang jurnalis juru jurus juta kabar kabinet
kabupaten kabur kacau kadang kadar kader kaget kait kaji kakak kaki kaku kala kalah kalang kalbu
kali kalkulasi kalung kamar kami kampanye kampung kampus kamu kanan kandang kandas kandung kantor
kapal kapan kapasitas kapten karakter karang karena karier kartu karya kasar kasih kasur kasus kata
kategori kawal kawan kawasan kaya kayu kebun kecam kecamatan kecap kecewa kecil kecoh kedai kedap
kejam kejar keju kejut kekal kelahi kelas keliling keliru kelola kelompok keluarga keluh kemas
kembali kembang kembar kempes kemudi kemudian kena kenal kenang kendali kendara kenyang kepala
kepung kerabat keramat kerap keras kerat kering kerja kertas keruh kesal kesan ketat ketik khas
khawatir khianat khotbah khusus kibar kilang kilat kimia kini kipas kira kirim kisah kisruh kita
klaim klarifikasi klinik koalisi kobar kode kokoh kolam komandan komando komentar komisi komitmen
komunikasi komunis komunitas kondisi konferensi konfirmasi konflik konsekuensi konsumsi kontak
kontrak kontrol koordinasi koran korban korupsi kosong kota kotor kredit krisis kritik kuasa kuat
kubu kubur kucing kuda kudeta kukuh kuliah kulit kultur kumpul kumuh kunci kuning kunjung kupas
kurang kurban kurir kursi kurung kutip kutuk laba labil labuh ladang lagi lagu lahan lahir lain
lajang laju laki laksana laku lalai lalu lama lamar lambai lambang lambat lampau lampir lampu
lancang lancar landa landas langgan langgar langit langka langkah langsung lanjut lantai lantik
lapang lapar lapis lapor larang lari laris larut laskar latar latih lauk laut lawan lawat layak
layan layar lazim lebar lebih lebur legislatif lekas lemah lemari lembaga lembut lempar lengah
lengan lengkap lengser lentur lepas lereng lesu letak letih letus lewat liar libat libur lidah lihat
lima limpah lindung lingkar lingkung lintas lipat liput listrik logam lokasi lolos lomba lompat
longgar lonjak lorong luang luar luas lucu luhur luka lukis lulus lumpuh lumrah lunas luncur lupa
luput lurus maaf mabuk macam madu mahal mahasiswa mahkamah main majalah majelis maju makam makan
maki makin makmur makna maksimal maksud malam malang malas maling malu mampu mana mandat mandi
manfaat mangkir mangsa manis manja mantan manusia mapan marah marga markas martabat masa masak
masalah masih masjid massa masuk masyarakat mata mati mau mawar mayat mayoritas mazhab media medis
meja mekar menang mengerti mental menteri mepet merah merdeka merek mereka mesin mesra mewah migrasi
milik militer mimpi minat minggu minoritas minta minum mirip misal misi miskin mitra mobil modal
mogok mohon moneter monitor moral motor muak muara muat muda mudah mudik mufakat muka mukim mula
mulai mulia mulut mumpung muncul mundur mungkin murah murid musik musim musnah musuh musyawarah
mutasi mutu nada nadi nafas naik nakal naluri nama nanah nanti napas napi narasi nasi nasib nasional
naskah negara negeri negosiasi nekat nelayan nenek netral niaga niat nikah nikmat nilai noda nol
nomor normal nota nyala nyaman nyanyi nyaring nyata nyawa nyonya obat objek obral obrol oknum olah
olahraga oleh ombak ongkos operasi opini opsi orang orasi organisasi otak otomatis otoritas pacu
padam padat padi padu pagar pagi pahala paham pahit pahlawan pajak pajang pakai pakat paket paksa
paling palsu palu paman panah panas pancar pancing pandang pandemi pandu panen pangan panggil
panggung pangkal pangkas pangkat panik panitia panjang pantai pantang pantas pantau panti papan
papar para parah parit parlemen partai pasal pasang pasar pasien pasir pasok pasti patah patroli
patuh patung patut pawai payung pecah pecat pedas pedih pegal pegang pekan pelik peluk peluru pemilu
pena pendam pendapat pendek pengaruh pening penjara pentas penting penuh perahu perak peran perang
peras percaya perempuan pergi periksa perintah perkara perlu permisi persis perut pesan pesawat
pesta peta petik pidana pidato pijat pikir pilih pilu pimpin pindah pinggang pinggir pinjam pinta
pintar pintu pisah pisau pohon pokok polemik polisi politik pompa populer posisi potensi potong
prajurit presiden prestasi prihatin prinsip prioritas produk produksi profesi program proklamasi
promosi propaganda prosedur proses protes provinsi provokasi proyek puas publik puing puji pukat
pukul pula pulang pulau pulih puluh punah puncak pungut punya pupuk pura pusaka pusat putar putih
putra putri putus rabat rabu racun radang ragam ragu rahasia rahmat raja rajin rajut rakit rakus
rakyat ramah ramai ramal rambut rampas rampok rampung ranah rancang rangka rangkul rangkum ranjau
ransum rantai rantau rapat rapi rapuh rasa ratap ratus rawan rawat raya rayu reaksi realisasi reda
redaksi redam rekam rekan rekomendasi rekor relawan remaja rembuk remeh renang rencana rendah rentan
renung repot resah resap resmi respons restu retak revisi rezim riang rias ribu ribut rinci rindu
ringan ringkas rintang rintis risiko riuh roda rokok rombong rontok ruang rugi ruji rukun rumah
rumit rumor rumput rumus runding runtuh rusak rusuh saat sabar sabet sabotase sadap sadar sah
sahabat saham sahut saing saji sakit saksi salah salam saldo salin saling salju salur salut sama
sambil sambung sambut sampah sampai samping sampul sana sanak sandar sandera sangat sanggup sangka
sanksi santai santri sanubari sapa sapu saran sarana saring sasar sastra satpam satu saudagar
saudara sawah sayang sayap sayur sebab sebar sebelas sebut sedang sedia sedih sedikit segala segan
segar segera sehat sejahtera sejarah sejuk sekat sekolah sekretaris sektor sekutu sela selamat
selang selaras selatan selempang selenggara selesai selidik selip seluruh semangat semarak sembilan
sembuh sembunyi semen semenanjung sempat sempit semua senang sendi sengaja sengketa sengsara seni
senjata sensor sentral sentuh senyum sepak sepatu seperti sepi seragam serah serang serap serbu
sergap seri serikat sering serius serta sertifikat sesak sesal setia setir setop sewa siaga siang
siap siapa siar sidang sidik signifikan sikap sikat siksa sikut silang silap simak simpan simpati
simpul sinar singgah singkap singkat singkir sini sinyal sipil siram sisa sisi sisih sistem siswa
situ situasi skandal soal sobek sokong solusi sorak sore sorot spekulasi stabil staf stasiun status
strategi struktur suai suami suap suara suasana subsidi subur sudah sudut suka sukses suku sulap
sulit sulut sumbang sumbat sumber sumbu sumpah sunat sungai sungguh suntik sunting sunyi supaya
supir surat surga surut survei susah susu susul susun susur sutradara syarat tabrak tabung tafsir
tagar tagih tahan tahap tahu tahun tajam takar takluk taktik takut talang tali taman tamat tambah
tambang tampak tampil tampung tamu tanam tancap tanda tanding tangan tangga tanggal tanggap tangguh
tanggul tanggung tangis tangkap tangkis tani tanjung tanpa tantang tanya tapak tari tarif tarik
taruh tata tatap taufan tawa tawan tawar tebak tebal tebang tebus tegang tegas teguh tegur tekan
teknis teknologi teladan telah telan telanjang teliti teluk telusur teman tembak tembok tempa tempat
tempel tempuh tempur temu tenaga tenang tenda tengah tenggat tenggelam tentang tentara tentu tepat
tepi terang terap terbang terima terjemah teror terus tetap tetes tiang tiap tiba tidak tidur tiga
tikam tiket tikus timbang timbul timbun timpa timur tindak tinggal tinggi tingkat tinjau tinju tipis
tipu tirai titik titip tokoh tolak tolong tonjol tonton topan topi total tradisi tragedi transaksi
trauma tuan tuang tubuh tuduh tugas tuju tujuh tukang tukar tulang tuli tulis tumbang tumbuh tumpah
tumpu tunai tunas tunda tunggu tunjang tunjuk tuntut turis turun turut tusuk tutup tutur uang ubah
ucap udara ujar uji ujung ukur ulah ulama ulang ulas ultimatum umat umbar umpan umpat umum umur
undang unggul ungkap ungsi unit unjuk unsur untai untuk untung upacara upah upaya urai urat urus
urut usaha usai usang usia usir usul usut utama utang utara utuh utus vaksin versi veto video visi
vonis wabah wadah wafat wahana wajah wajar wajib wakil waktu walau walikota wangi wanita wanti warga
warna warta wartawan warung wasiat wawancara wewenang wibawa widya wilayah wiraswasta wisata wisuda
wujud yakin yang yatim yayasan zaman zona
`
    .trim()
    .split(/\s+/),
);
