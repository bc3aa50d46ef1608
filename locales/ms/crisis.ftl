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

support-opening = Saya amat bersimpati atas apa yang anda lalui, dan saya gembira anda sudi berkongsi. Anda tidak perlu menghadapinya seorang diri.

support-body =
    { $line_state ->
        [open] Anda boleh menghubungi { $line_name } sekarang juga: { support-reach }.{ support-free }
        [closed] { $line_name } ditutup buat masa ini dan akan dibuka semula pada pukul { $opens_at }: { support-reach }.{ support-free }
        [unknown] Anda boleh menghubungi { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Anda boleh mencari talian bantuan berhampiran anda di { $directory }.
           *[no] Jika anda beritahu saya anda berada di negara mana, saya boleh carikan talian bantuan berhampiran anda. Anda juga boleh mencarinya di { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] telefon { $contact }
        [text] hantar SMS ke { $contact }
        [chat] berbual melalui sembang dalam talian di { $contact }
        [whatsapp] hantar mesej WhatsApp ke { $contact }
       *[web] layari { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Perkhidmatan ini percuma.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Jika anda dalam bahaya segera, sila hubungi perkhidmatan kecemasan tempatan sekarang.
       *[other] Jika anda dalam bahaya segera, hubungi { $emergency } sekarang.
    }

support-closing = Berbual dengan seseorang yang anda percayai juga boleh membantu. Perasaan seberat ini boleh menjadi lebih ringan dengan sokongan, dan anda boleh terus berbual dengan saya.

## The question asked when we do not know the person's country.
ask-country = Anda berada di negara mana? Dengan itu, saya boleh tunjukkan talian bantuan berhampiran anda.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Telefon { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Sembang dalam talian{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Percuma{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Dibuka 24 jam
        [open] Dibuka sekarang, hingga { $closes_at }{ summary-schedule }
        [closed] Ditutup sekarang, dibuka pada { $opens_at }{ summary-schedule }
       *[unknown] Waktu operasi tidak dinyatakan
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
        [mon] Isn
        [tue] Sel
        [wed] Rab
        [thu] Kha
        [fri] Jum
        [sat] Sab
       *[sun] Ahd
    }
summary-last-day =
    { $last ->
        [mon] Isn
        [tue] Sel
        [wed] Rab
        [thu] Kha
        [fri] Jum
        [sat] Sab
       *[sun] Ahd
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Pratonton crisis-lookup
preview-heading = pratonton
preview-skip = Langkau ke kandungan
preview-intro = Untuk penyelenggara dan pengintegrasi: apa yang akan dipaparkan oleh chatbot, dibina hanya daripada API awam. Jangan tampal perbualan sebenar di sini.
preview-views = Paparan
preview-tab-lookup = Carian
preview-tab-coverage = Liputan
preview-tab-locales = Bahasa
preview-loading = Memuatkan…
preview-message = Mesej
preview-message-hint = Digunakan hanya untuk mengenal pasti bahasa.
preview-locale = Tempatan
preview-locale-none = — tiada —
preview-country = Negara
preview-country-unknown = — tidak diketahui —
preview-topics = Topik
preview-topics-hint = Dipisahkan dengan koma, contohnya: { $examples }
preview-channels = Saluran
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Sembang
preview-submit = Cari
preview-error-vocabularies = Negara atau bahasa tidak dapat dimuatkan ({ $error }).
preview-error-lookup = Carian tidak dapat dibuat ({ $error }).
preview-chat-shows = Apa yang dipaparkan dalam sembang
preview-raw-json = JSON mentah
preview-meta-language = Bahasa: { $code } (daripada { $source })
preview-meta-country = Negara: { $code } (daripada { $source })
preview-meta-country-unknown = Negara: tidak diketahui
preview-meta-locale = Tempatan: { $code }
preview-meta-lines = Talian bantuan: { $count }
preview-international = Direktori antarabangsa
preview-emergency = Kecemasan:
preview-police = polis
preview-ambulance = ambulans
preview-fire = bomba
preview-open-now = Dibuka sekarang
preview-closed-now = Ditutup sekarang
preview-hours-unknown = Waktu operasi tidak diketahui
preview-action-call = Telefon { $number }
preview-action-text = SMS { $number }
preview-action-chat = Sembang
preview-action-website = Laman web
preview-fact-languages = Bahasa: { $list }
preview-fact-languages-none = Bahasa: tidak dinyatakan
preview-fact-hours = Waktu operasi: { $times }
preview-fact-verified = Disemak: { $date }
preview-fact-evidence = Sumber: { $evidence }
preview-fact-country = Negara: { $code }
preview-coverage-summary = Negara dan wilayah: { $total } · dengan talian bantuan: { $covered } · nombor kecemasan sahaja: { $uncovered }.
preview-coverage-pending = Membaca tarikh semakan… berbaki: { $count }.
preview-coverage-oldest = Semakan talian bantuan yang paling lama: { $date }.
preview-coverage-legend = Baris yang diserlahkan hanya mempunyai nombor kecemasan, tanpa talian bantuan terpilih.
preview-coverage-caption = Negara dan wilayah (susun dengan butang pada lajur)
preview-column-code = Kod
preview-column-lines = Talian bantuan
preview-column-languages = Bahasa
preview-column-emergency = Kecemasan
preview-column-verified = Semakan paling lama
preview-emergency-only = kecemasan sahaja
preview-error-countries = Negara tidak dapat dimuatkan ({ $error }).
preview-locales-summary = Bahasa: { $total } · disemak oleh penutur asli: { $reviewed }.
preview-locales-caption = Bahasa yang disertakan dan status semakannya
preview-column-native-name = Nama asli
preview-column-direction = Arah
preview-column-review = Semakan
preview-reviewed = Sudah disemak
preview-not-reviewed = Belum disemak
preview-error-locales = Bahasa tidak dapat dimuatkan ({ $error }).
