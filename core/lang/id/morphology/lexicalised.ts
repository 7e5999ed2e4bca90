/**
 * Lexicalised derivations: words that are spelled like an affixed form of a root but are words of
 * their own, with their own meaning (pemerintah "government" is not an inflection of perintah
 * "order"; perusahaan "company" is not usaha "effort"; beras "rice" is not ras "race"). A glossary
 * entry for the root does not match them, nor their own inflections (pemerintahan,
 * perusahaannya), unless the entry sets `matchLexicalised`.
 *
 * Written for Padanan; each line is `root: word word …`. Only words a translator would be misled
 * by are listed; productive derivations (memerintahkan, berusaha) are not.
 */
const LIST = `
ada: pengadaan
adil: pengadilan peradilan mengadili diadili
adu: mengadu pengaduan
alam: mengalami dialami pengalaman berpengalaman
amat: pengamat pengamatan mengamati diamati
angkat: perangkat
apa: berapa mengapa
atas: mengatasi diatasi atasan
bagai: sebagai berbagai
bagi: bagian sebagian
belum: sebelum
bijak: kebijakan kebijaksanaan
buah: sebuah
dana: perdana
dapat: pendapat pendapatan berpendapat
dekat: pendekatan
diri: berdiri pendiri
duduk: penduduk kedudukan pendudukan kependudukan
empu: perempuan
gawai: pegawai
hadap: terhadap
harga: menghargai dihargai penghargaan
hasil: berhasil keberhasilan
ikut: berikut
kali: sekali
kara: perkara
karang: sekarang
kasih: kekasih terkasih
kembang: berkembang perkembangan mengembangkan dikembangkan pengembangan
kena: mengenai
kitar: sekitar
lain: selain
laku: melakukan dilakukan pelaku berlaku perilaku kelakuan
lalu: selalu terlalu
lama: selama
lambat: terlambat
luar: keluar keluarga pengeluaran
masa: semasa
masuk: termasuk
muda: pemuda
mula: semula
nyata: menyatakan dinyatakan pernyataan ternyata
oleh: memperoleh diperoleh perolehan
orang: seorang
pada: memadai sepadan
pala: kepala
panjang: sepanjang
perintah: pemerintah
ras: beras keras teras peras
rupa: berupa serupa
sakit: penyakit
sama: bersama bersamaan kebersamaan sesama
sampai: menyampaikan disampaikan penyampaian
sebut: tersebut
sedang: sedangkan
serta: beserta peserta
tahan: pertahanan ketahanan
tahu: ketahuan
tama: pertama
tangan: penanganan menangani ditangani
tari: mentari
tega: mentega
telah: setelah
tentu: tertentu ketentuan
terang: keterangan menerangkan penerangan
teri: menteri kementerian
tinggal: meninggal
tua: ketua
turut: menurut
uang: keuangan
untung: beruntung keberuntungan
usaha: perusahaan pengusaha
`;

/** Lexicalised words by the root they resemble. */
export const LEXICALISED: ReadonlyMap<string, readonly string[]> = new Map(
  LIST.trim()
    .split('\n')
    .map((line) => {
      const [root, words] = line.split(':') as [string, string];
      return [root.trim(), words.trim().split(/\s+/)] as const;
    }),
);

/**
 * Whether an analysed word (its `core`: prefixes + root + suffix, no clitics) is, or is built on,
 * a lexicalised word rather than an inflection of `root`.
 */
export function isLexicalised(root: string, core: string): boolean {
  const words = LEXICALISED.get(root);
  if (!words) return false;
  for (const word of words) if (core.includes(word)) return true;
  return false;
}
