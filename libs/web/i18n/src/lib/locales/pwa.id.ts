/** The installed app and offline use: the offline banner, the update prompt, a chunk that cannot load (Bahasa Indonesia). */
export const pwaId = {
  /** The page shows answers kept on this device: when the server last gave them, in the person's zone. */
  offlineData: 'Data per {{time}} {{zone}}, luring',
  offlineDataHint: 'Tidak ada sambungan internet: yang tampil adalah data terakhir di perangkat ini. Data diperbarui otomatis saat tersambung kembali.',
  /** Signed in on this device while the server cannot be reached. */
  offlineSession: 'Luring',
  update: {
    available: 'Versi baru tersedia',
    reload: 'Muat ulang',
    later: 'Nanti',
    /** Shown instead of reloading while the person is typing in a form. */
    finishFirst: 'Simpan atau selesaikan isian Anda dulu, lalu muat ulang.',
  },
  chunk: {
    title: 'Bagian aplikasi ini tidak dapat dimuat',
    offline: 'Halaman ini belum tersimpan di perangkat dan Anda sedang luring. Buka lagi setelah tersambung ke internet.',
    failed: 'Aplikasi mungkin baru saja diperbarui. Muat ulang halaman untuk memakai versi terbaru.',
    reload: 'Muat ulang',
  },
};
