import { describe, it, expect } from 'vitest';
import { createDefaultSegmenter } from '../../../core/segment/index';

const segmenter = createDefaultSegmenter();
const seg = (text: string): string[] => segmenter.segmentParagraph(text).segments;

/** Each case: the sentences, joined by one space, must come back exactly. */
function cases(title: string, list: string[][]): void {
  describe(title, () => {
    for (const sentences of list) {
      it(sentences.join(' ‖ '), () => {
        expect(seg(sentences.join(' '))).toEqual(sentences);
      });
    }
  });
}

describe('the issue example', () => {
  it('"Dr. Siti Rahayu bekerja di PT. Maju Jaya sejak tgl. 5 Sept. 2023." is one segment', () => {
    expect(seg('Dr. Siti Rahayu bekerja di PT. Maju Jaya sejak tgl. 5 Sept. 2023.')).toEqual([
      'Dr. Siti Rahayu bekerja di PT. Maju Jaya sejak tgl. 5 Sept. 2023.',
    ]);
  });
});

cases('titles and honorifics', [
  ['Dr. Siti datang bersama Drs. Ahmad dan Dra. Rina.'],
  ['Pasien diperiksa oleh dr. Andi, Sp.A.', 'Hasilnya baik.'],
  ['Ir. Soekarno dan Prof. Dr. H. Amien Rais hadir.'],
  ['Rombongan dipimpin Hj. Siti Aminah dan Bpk. Joko.'],
  ['Sdr. Budi dan Sdri. Ani diundang.', 'Yth. Bapak Gubernur hadir.'],
  ['Kepada Yth. Bapak Camat, kami sampaikan laporan ini.'],
  ['Kombes Pol. Budi dan Kapt. Inf. Andi memimpin apel.'],
  ['Letjen TNI (Purn.) Agus Widjojo memberi sambutan.'],
  ['Ceramah disampaikan KH. Ma\'ruf Amin.', 'Jemaah antusias.'],
  ['Pdt. Yohanes memimpin ibadah.', 'Ust. Abdul Somad berceramah.'],
]);

cases('degree suffixes', [
  ['Kuasa hukumnya, Budi Santoso, S.H., M.H., hadir.'],
  ['Surat ditandatangani Budi Santoso, S.H., M.H.', 'Ia adalah ketua tim.'],
  ['Penelitian dipimpin oleh Rina, M.Si.', 'Ia dosen IPB.'],
  ['Ahmad, S.Kom., M.Kom. bekerja di Bandung.'],
  ['Anak diperiksa dr. Sari, Sp.A.', 'Demamnya turun.'],
  ['Rektor dijabat Prof. Ari, S.E., M.A., Ph.D.', 'Ia ekonom.'],
  ['Gelar S.E. Ak. diberikan kepadanya.'],
  ['Pembimbingnya Dr. Rudi, M.Sc. Ph.D. dari ITB.'],
]);

cases('company forms', [
  ['PT. Maju Jaya dan CV. Sinar Abadi bekerja sama.'],
  ['Saham PT Astra International Tbk. naik.', 'Investor senang.'],
  ['PT Bank Mandiri (Persero) Tbk. (BMRI) membagikan dividen.'],
  ['Laba PT Indofood Sukses Makmur Tbk. turun.', 'Perseroan menyebut biaya naik.'],
  ['Kantor Grab Holdings Pte. Ltd. berada di Singapura.'],
  ['Samsung Electronics Co. Ltd. merilis ponsel.', 'Harganya mahal.'],
  ['UD. Berkah Tani menjual pupuk.'],
]);

cases('addresses', [
  ['Kantornya di Jl. Jend. Sudirman No. 5, Kec. Menteng, Kab. Bogor.'],
  ['Ia tinggal di Jln. Merdeka, Kel. Sukajadi, Prov. Jawa Barat.'],
  ['Pelabuhan Tg. Priok ramai.', 'Kapal bersandar.'],
  ['Alamat: Jl. M.H. Thamrin Kav. 28-30, RT. 05/RW. 03, Gg. Mawar.'],
  ['Gedung itu di Jl. H.R. Rasuna Said Lt. 12.'],
  ['Rumahnya di Komp. Griya Asri Blk. C No. 7.'],
]);

cases('dates and times', [
  ['Rapat pada tgl. 5 Sept. 2023 pkl. 09.00 WIB.'],
  ['Acara dimulai pukul 09.00 WIB.', 'Peserta hadir tepat waktu.'],
  ['Pada Selasa (5/9/2023) ia tiba.', 'Rabu (6/9/2023) ia pulang.'],
  ['Tenggat tanggal 12 Jan. 2024.', 'Berkas dikirim 3 Feb. 2024.'],
  ['Sidang ditunda hingga 10.30.', 'Hakim keluar ruangan.'],
  ['Ia lahir 17 Agt. 1945 di Jakarta.'],
]);

cases('references', [
  ['Lihat hlm. 23 untuk rinciannya.'],
  ['Menurut Santoso dkk. (2020) hasilnya signifikan.'],
  ['Data dihimpun oleh Santoso dkk.', 'Hasilnya dipublikasikan.'],
  ['Ia membeli buku, pena, dll.', 'Semua barang murah.'],
  ['Mereka membahas ekonomi, politik, dsb.', 'Diskusi berlangsung lama.'],
  ['Langkah pertama, kedua, dst.', 'Semua harus diikuti.'],
  ['Ia membeli buku, pena, dll. untuk sekolah.'],
  ['Surat ditandatangani a.n. Kepala Dinas.'],
  ['Cuti tgl. 18 s.d. 22 Des. 2023.'],
  ['Dana dikirim ke rekening a/n. Budi.'],
  ['Paket dikirim u.p. Bagian Umum.'],
  ['Hal ini dibahas, a.l. oleh Menteri Keuangan.'],
  ['Pasal 55 ayat (1) ke-1 jo. Pasal 56 KUHP dikenakan.'],
  ['Wijaya et al. (2019) menemukan hal serupa.'],
]);

cases('numbers and currency', [
  ['Nilainya 1.000,5 ton.', 'Angka itu naik.'],
  ['Anggaran Rp1,5 triliun disetujui.', 'Proyek dimulai.'],
  ['Harga naik menjadi US$2 per unit.', 'Permintaan turun.'],
  ['Biaya Rp. 5.000 dibayar tunai.'],
  ['Jumlah korban mencapai 25.', 'Tim SAR terus mencari.'],
  ['Skor akhir 2-1.', 'Timnas menang.'],
  ['NIP. 19700512 199503 1 002 tercantum.'],
  ['Hubungi Telp. 021-555 atau HP. 0812.'],
  ['Pada 2023.', '2024 menjadi tahun politik.'],
]);

cases('initials', [
  ['Presiden B.J. Habibie lahir di Parepare.'],
  ['Pahlawan H. Agus Salim menguasai banyak bahasa.'],
  ['Nama aslinya R.M. Soewardi Soerjaningrat.'],
  ['Ia dibimbing oleh Muhammad A. Rahman.'],
  ['Tersangka berinisial A.S. (34) ditangkap.'],
  ['Ia mengonsumsi vitamin C.', 'Setelah itu ia tidur.'],
  ['Mereka masuk golongan A.', 'Gaji mereka tinggi.'],
  ['Perang Dunia I.', 'Setelah itu damai.'],
  ['Peristiwa itu terjadi pada 1445 H.', 'Umat merayakannya.'],
]);

cases('ellipses', [
  ['Ia menunggu...', 'Lalu ia pergi.'],
  ['Ia menunggu…', 'Lalu ia pergi.'],
  ['Ia menunggu... dan menunggu.'],
  ['"Saya [...] Tidak tahu," katanya.'],
  ['Ia berkata bahwa ... Indonesia akan menang.'],
]);

cases('quotes and brackets after terminal punctuation', [
  ['"Tidak, saya tidak bisa.', 'Tidak ada yang perlu dikatakan."', 'Ia pergi.'],
  ['"Apa kabar?" tanya dia.'],
  ['"Apa kabar?"', 'Dia tidak menjawab.'],
  ['“Kami siap,” kata Sullivan.', 'Rapat selesai.'],
  ['Ia tersenyum (dan mengangguk.)', 'Lalu pergi.'],
  ['Harga naik (lihat Tabel 1).', 'Permintaan turun.'],
  ['Ia berteriak, "Merdeka!"', 'Semua orang ikut berteriak.'],
  ["Ia menjawab 'tidak.'", 'Semua terdiam.'],
  ['Ia berkata: "Kami datang."', '(Foto: Antara) Hadirin bertepuk tangan.'],
]);

cases('URLs and e-mail addresses', [
  ['Kunjungi www.contoh.co.id untuk info.'],
  ['Informasi ada di www.contoh.co.id.', 'Pendaftaran dibuka.'],
  ['Kirim ke humas@jatengprov.go.id.', 'Kami akan membalas.'],
  ['Berita dikutip dari Kompas.com.', 'Situs itu populer.'],
  ['Baca di https://contoh.id/berita/2023/09/05/rusia.html?utm=1 sekarang.'],
  ['Menurut cnn.com.', 'Berita itu viral.'],
]);

cases('lower-case brand names at the start of a sentence', [
  ['Harga naik.', 'iPhone 15 dijual mulai Jumat.'],
  ['Pendanaan ditutup.', 'eFishery meraih US$200 juta.'],
  ['Program diluncurkan.', 'e-KTP kini bisa dicetak.'],
  ['Aplikasi itu populer.', 'iOS 17 sudah tersedia.'],
]);

cases('abbreviations that can end a sentence are decided by what follows', [
  ['Harga beras naik di AS.', 'Inflasi meningkat.'],
  ['Pejabat AS mengatakan hal itu.'],
  ['Rapat pukul 09.00 WIB.', 'Peserta hadir.'],
  ['Rapat pukul 09.00 WIB. di aula.'],
  ['Ia membeli sayur, buah, dsb.', 'Pasar ramai.'],
  ['PT Astra Tbk.', 'Perusahaan otomotif.'],
]);

cases('questions, exclamations and lists', [
  ['Siapa dia?', 'Saya tidak tahu!', 'Benarkah?!', 'Ya.'],
  ['1. Pendahuluan'],
  ['A. Latar Belakang'],
  ['Syaratnya: 1. KTP; 2. KK; 3. Ijazah.'],
  ['BAB II. TINJAUAN PUSTAKA'],
  ['Kota ini dijuluki Paris van Java.', 'Banyak turis datang.'],
]);

describe('paragraph and line breaks', () => {
  it('a headline without final punctuation, on its own line, is its own segment', () => {
    expect(seg('Korea Utara Pasok Senjata ke Rusia\nBisnis.com, JAKARTA - Negosiasi berlanjut.')).toEqual([
      'Korea Utara Pasok Senjata ke Rusia',
      'Bisnis.com, JAKARTA - Negosiasi berlanjut.',
    ]);
  });

  it('a headline paragraph is one segment', () => {
    expect(seg('Smallest Font Largest Font')).toEqual(['Smallest Font Largest Font']);
  });

  it('a soft-wrapped line (lower case on both sides) is not a break; blank lines are', () => {
    expect(seg('Presiden mengatakan bahwa\nharga akan turun.')).toEqual(['Presiden mengatakan bahwa\nharga akan turun.']);
    expect(seg('Satu\n\nDua')).toEqual(['Satu', 'Dua']);
    expect(seg('Baris pertama.\r\nBaris kedua')).toEqual(['Baris pertama.', 'Baris kedua']);
  });

  it('gaps keep the exact whitespace, including non-breaking spaces and tabs', () => {
    const r = segmenter.segmentParagraph(' Satu.\u00a0 Dua.\tTiga. ');
    expect(r.segments).toEqual(['Satu.', 'Dua.', 'Tiga.']);
    expect(r.gaps).toEqual([' ', '\u00a0 ', '\t', ' ']);
  });

  it('inline codes around a break: closing codes stay, opening codes move to the next sentence', () => {
    const b = '\ue001';
    const eb = '\ue101';
    expect(seg(`${b}Satu.${eb} ${b}Dua.${eb}`)).toEqual([`${b}Satu.${eb}`, `${b}Dua.${eb}`]);
  });
});
