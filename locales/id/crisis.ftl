### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables:
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_at    when a closed line opens again ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Aku ikut sedih kamu sedang mengalami ini, dan aku senang kamu mau bercerita. Kamu tidak harus menghadapinya sendirian.

support-body =
    { $line_state ->
        [open] Kamu bisa menghubungi { $line_name } sekarang juga: { support-reach }.{ support-free }
        [closed] { $line_name } sedang tutup dan akan buka lagi pukul { $opens_at }: { support-reach }.{ support-free }
        [unknown] Kamu bisa menghubungi { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Kamu bisa menemukan layanan bantuan di dekatmu di { $directory }.
           *[no] Kalau kamu memberi tahu aku kamu ada di negara mana, aku bisa mencarikan layanan bantuan di dekatmu. Kamu juga bisa mencarinya di { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] telepon { $contact }
        [text] kirim SMS ke { $contact }
        [chat] chat lewat { $contact }
        [whatsapp] kirim pesan WhatsApp ke { $contact }
       *[web] buka { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Layanannya gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Jika kamu dalam bahaya saat ini, segera hubungi layanan darurat setempat.
       *[other] Jika kamu dalam bahaya saat ini, segera telepon { $emergency }.
    }

support-closing = Berbicara dengan orang yang kamu percaya juga bisa membantu. Perasaan seberat ini bisa mereda dengan dukungan, dan kamu bisa terus bicara denganku.

## The question asked when we do not know the person's country.
ask-country = Kamu ada di negara mana? Nanti aku bisa menunjukkan layanan bantuan di dekatmu.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
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
        [open] Buka sekarang, sampai { $closes_at }{ summary-schedule }
        [closed] Tutup sekarang, buka pukul { $opens_at }{ summary-schedule }
       *[unknown] Jam layanan tidak dicantumkan
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
preview-intro = Untuk pengelola dan integrator: apa yang akan ditampilkan chatbot, hanya dibangun dari API publik. Jangan tempel percakapan sungguhan di sini.
preview-views = Tampilan
preview-tab-lookup = Pencarian
preview-tab-coverage = Cakupan
preview-tab-locales = Bahasa
preview-loading = Memuat…
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
preview-chat-shows = Yang ditampilkan chat
preview-raw-json = JSON mentah
preview-meta-language = Bahasa: { $code } (dari { $source })
preview-meta-country = Negara: { $code } (dari { $source })
preview-meta-country-unknown = Negara: tidak diketahui
preview-meta-locale = Lokal: { $code }
preview-meta-lines = Layanan bantuan: { $count }
preview-international = Direktori internasional
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
preview-fact-verified = Diperiksa: { $date }
preview-fact-evidence = Sumber: { $evidence }
preview-fact-country = Negara: { $code }
preview-coverage-summary = Negara dan wilayah: { $total } · dengan layanan bantuan: { $covered } · hanya nomor darurat: { $uncovered }.
preview-coverage-pending = Membaca tanggal pemeriksaan… tersisa: { $count }.
preview-coverage-oldest = Pemeriksaan layanan bantuan yang paling lama: { $date }.
preview-coverage-legend = Baris yang disorot hanya punya nomor darurat, tanpa layanan bantuan pilihan.
preview-coverage-caption = Negara dan wilayah (urutkan dengan tombol di kolom)
preview-column-code = Kode
preview-column-lines = Layanan bantuan
preview-column-languages = Bahasa
preview-column-emergency = Darurat
preview-column-verified = Pemeriksaan terlama
preview-emergency-only = hanya darurat
preview-error-countries = Negara tidak bisa dimuat ({ $error }).
preview-locales-summary = Bahasa: { $total } · diperiksa penutur asli: { $reviewed }.
preview-locales-caption = Bahasa yang disertakan dan status pemeriksaannya
preview-column-native-name = Nama asli
preview-column-direction = Arah
preview-column-review = Pemeriksaan
preview-reviewed = Sudah diperiksa
preview-not-reviewed = Belum diperiksa
preview-error-locales = Bahasa tidak bisa dimuat ({ $error }).
