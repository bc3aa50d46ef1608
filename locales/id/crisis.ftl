### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## "saya" / "Anda", as the Ministry of Health and its line SEJIWA 119 ext 8
## address the public. [text]: $line_name reads inside the sentence and may
## begin with a lower-case noun ("layanan SEJIWA"), so no sentence starts
## with it. [label]: it only stands before ":".
## $opens_at arrives as CLDR writes it for id ("09.00"), after "pukul".

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Saya turut sedih mendengar apa yang sedang Anda alami, dan saya senang Anda mau bercerita. Anda tidak harus menghadapinya sendirian.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Anda bisa menghubungi { $line_name } sekarang juga: { support-reach }.{ support-free }
               *[label] Ada layanan bantuan yang bisa Anda hubungi sekarang juga. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Saat ini { $line_name } sedang tutup dan akan buka lagi { support-opens }: { support-reach }.{ support-free }
               *[label] Layanan bantuan ini sedang tutup dan akan buka lagi { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Anda bisa menghubungi { $line_name }: { support-reach }.{ support-free }
               *[label] Berikut layanan bantuan yang bisa Anda hubungi. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Layanan bantuan di negara Anda bisa dicari di { $directory }.
               *[no] Anda juga bisa mencari layanan bantuan di { $directory }.
            }
    }

## When a closed line opens again: the day, then the time ("besok pukul 09.00").
support-opens =
    { $opens_day ->
        [today] hari ini pukul { $opens_at }
        [tomorrow] besok pukul { $opens_at }
        [mon] hari Senin pukul { $opens_at }
        [tue] hari Selasa pukul { $opens_at }
        [wed] hari Rabu pukul { $opens_at }
        [thu] hari Kamis pukul { $opens_at }
        [fri] hari Jumat pukul { $opens_at }
        [sat] hari Sabtu pukul { $opens_at }
        [sun] hari Minggu pukul { $opens_at }
       *[none] nanti
    }

support-reach =
    { $reach ->
        [call] telepon { $contact }
        [text] kirim SMS ke { $contact }
        [chat] chat online di { $contact }
        [whatsapp] kirim pesan WhatsApp ke { $contact }
       *[web] kunjungi { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Layanannya gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Jika saat ini Anda dalam bahaya, segera hubungi nomor darurat setempat.
       *[other] Jika saat ini Anda dalam bahaya, segera telepon { $emergency }.
    }

support-closing = Berbicara dengan orang yang Anda percayai juga bisa membantu. Perasaan seberat ini bisa mereda dengan dukungan, dan Anda bisa terus berbicara dengan saya.

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = Anda berada di negara mana? Beri tahu saya agar saya bisa menunjukkan layanan bantuan di negara Anda.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Telepon { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Chat online{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Gratis{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Buka 24 jam
        [open] Buka sekarang, sampai pukul { $closes_at }{ summary-schedule }
        [closed] Tutup sekarang, buka lagi { summary-opens }{ summary-schedule }
       *[unknown] Jam layanan tidak dicantumkan
    }

## When a closed line opens again, short ("besok pukul 09.00").
summary-opens =
    { $opens_day ->
        [today] pukul { $opens_at }
        [tomorrow] besok pukul { $opens_at }
        [mon] Sen pukul { $opens_at }
        [tue] Sel pukul { $opens_at }
        [wed] Rab pukul { $opens_at }
        [thu] Kam pukul { $opens_at }
        [fri] Jum pukul { $opens_at }
        [sat] Sab pukul { $opens_at }
        [sun] Min pukul { $opens_at }
       *[none] nanti
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(setiap hari { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] Sen
        [tue] Sel
        [wed] Rab
        [thu] Kam
        [fri] Jum
        [sat] Sab
       *[sun] Min
    }
summary-last-day =
    { $last ->
        [mon] Sen
        [tue] Sel
        [wed] Rab
        [thu] Kam
        [fri] Jum
        [sat] Sab
       *[sun] Min
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Pratinjau crisis-lookup
preview-heading = pratinjau
preview-skip = Langsung ke konten
preview-protocol-link = Cara layanan ini mengarahkan orang ke bantuan
preview-intro = Untuk pengelola dan integrator: apa yang akan ditampilkan chatbot, hanya dibangun dari API publik. Jangan tempel percakapan sungguhan di sini.
preview-views = Tampilan
preview-tab-lookup = Pencarian
preview-tab-coverage = Cakupan
preview-tab-locales = Bahasa
preview-loading = Memuat…

## The lookup form.
preview-message = Pesan
preview-message-hint = Hanya dipakai untuk mengenali bahasa.
preview-locale = Lokal
preview-locale-none = — tidak ada —
preview-country = Negara
preview-country-unknown = — tidak diketahui —
preview-topics = Topik
preview-topics-hint = Dipisahkan koma, misalnya: { $examples }
preview-channels = Saluran
preview-channel-phone = Telepon
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Cari
preview-error-vocabularies = Negara atau bahasa tidak bisa dimuat ({ $error }).
preview-error-lookup = Pencarian tidak berhasil ({ $error }).

## The answer.
preview-chat-shows = Yang ditampilkan chat
preview-raw-json = JSON mentah
preview-meta-language = Bahasa: { $code } (dari { $source })
preview-meta-country = Negara: { $code } (dari { $source })
preview-meta-country-unknown = Negara: tidak diketahui
preview-meta-locale = Lokal: { $code }
preview-meta-lines = Layanan bantuan: { $count }
preview-international = Direktori internasional

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Darurat:
preview-police = polisi
preview-ambulance = ambulans
preview-fire = pemadam kebakaran
preview-open-now = Buka sekarang
preview-closed-now = Tutup sekarang
preview-hours-unknown = Jam layanan tidak diketahui
preview-action-call = Telepon { $number }
preview-action-text = SMS { $number }
preview-action-chat = Chat
preview-action-website = Situs web
preview-fact-languages = Bahasa: { $list }
preview-fact-languages-none = Bahasa: tidak dicantumkan
preview-fact-hours = Jam layanan: { $times }
preview-fact-checked = Dikonfirmasi ke penyedia layanan: { $date }
preview-fact-newest-source = Sumber terbaru: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Bukti: halaman resmi layanan itu sendiri
preview-evidence-corroborated = Bukti: dua penerbit yang independen
preview-evidence-single = Bukti: satu daftar saja
preview-evidence-conflict = Bukti: sumber saling bertentangan
preview-fact-country = Negara: { $code }

## The coverage tab.
preview-coverage-summary = Negara dan wilayah: { $total } · dengan layanan bantuan: { $covered } · hanya nomor darurat: { $uncovered }.
preview-coverage-age = Layanan yang sumber terbarunya lebih dari 24 bulan: { $stale } dari { $total }.
preview-map-caption = Peta cakupan dunia
preview-map-line = Ada layanan bantuan
preview-map-emergency = Hanya nomor darurat
preview-map-none = Tidak ada dalam data
preview-coverage-legend = Baris yang disorot hanya punya nomor darurat, tanpa layanan bantuan pilihan.
preview-coverage-caption = Negara dan wilayah (urutkan dengan tombol di kolom)
preview-column-code = Kode
preview-column-lines = Layanan bantuan
preview-column-languages = Bahasa
preview-column-emergency = Darurat
preview-column-stale = Layanan dengan sumber lama
preview-emergency-only = hanya darurat
preview-error-countries = Negara tidak bisa dimuat ({ $error }).

## The locales tab.
preview-locales-summary = Bahasa: { $total } · diperiksa penutur asli: { $reviewed }.
preview-locales-caption = Bahasa yang disertakan dan status pemeriksaannya
preview-column-native-name = Nama asli
preview-column-direction = Arah
preview-column-review = Pemeriksaan
preview-reviewed = Sudah diperiksa
preview-not-reviewed = Belum diperiksa
preview-error-locales = Bahasa tidak bisa dimuat ({ $error }).
