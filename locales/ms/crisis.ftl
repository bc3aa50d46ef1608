### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## "saya" / "anda" (DBP style). [text]: $line_name is a Malay name that reads
## inside the sentence ("Talian Harapan 145"). [label]: it may be in another
## language, so it only stands before ":".
## $opens_at arrives as CLDR writes it for ms ("9:00 PG"), after "pukul".

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Saya amat bersimpati atas apa yang sedang anda lalui, dan saya gembira anda sudi berkongsi. Anda tidak perlu menghadapinya seorang diri.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Anda boleh menghubungi { $line_name } sekarang juga: { support-reach }.{ support-free }
               *[label] Ada talian bantuan yang boleh anda hubungi sekarang juga. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Buat masa ini { $line_name } ditutup dan akan dibuka semula { support-opens }: { support-reach }.{ support-free }
               *[label] Talian bantuan ini ditutup buat masa ini dan akan dibuka semula { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Anda boleh menghubungi { $line_name }: { support-reach }.{ support-free }
               *[label] Berikut ialah talian bantuan yang boleh anda hubungi. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Talian bantuan di negara anda boleh dicari di { $directory }.
               *[no] Anda juga boleh mencari talian bantuan di { $directory }.
            }
    }

## When a closed line opens again: the day, then the time ("esok pukul 9:00 PG").
support-opens =
    { $opens_day ->
        [today] hari ini pukul { $opens_at }
        [tomorrow] esok pukul { $opens_at }
        [mon] hari Isnin pukul { $opens_at }
        [tue] hari Selasa pukul { $opens_at }
        [wed] hari Rabu pukul { $opens_at }
        [thu] hari Khamis pukul { $opens_at }
        [fri] hari Jumaat pukul { $opens_at }
        [sat] hari Sabtu pukul { $opens_at }
        [sun] hari Ahad pukul { $opens_at }
       *[none] kemudian
    }

support-reach =
    { $reach ->
        [call] telefon { $contact }
        [text] hantar SMS ke { $contact }
        [chat] bersembang dalam talian di { $contact }
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
        [none] Jika anda berada dalam bahaya sekarang, segera hubungi nombor kecemasan tempatan.
       *[other] Jika anda berada dalam bahaya sekarang, segera hubungi { $emergency }.
    }

support-closing = Berbual dengan seseorang yang anda percayai juga boleh membantu. Perasaan seberat ini boleh menjadi lebih ringan dengan sokongan, dan anda boleh terus berbual dengan saya.

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = Anda berada di negara mana? Beritahu saya supaya saya boleh tunjukkan talian bantuan di negara anda.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [closed] Ditutup sekarang, dibuka semula { summary-opens }{ summary-schedule }
       *[unknown] Waktu operasi tidak dinyatakan
    }

## When a closed line opens again, short ("esok pukul 9:00 PG").
summary-opens =
    { $opens_day ->
        [today] pukul { $opens_at }
        [tomorrow] esok pukul { $opens_at }
        [mon] Isn pukul { $opens_at }
        [tue] Sel pukul { $opens_at }
        [wed] Rab pukul { $opens_at }
        [thu] Kha pukul { $opens_at }
        [fri] Jum pukul { $opens_at }
        [sat] Sab pukul { $opens_at }
        [sun] Ahd pukul { $opens_at }
       *[none] kemudian
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
preview-protocol-link = Cara perkhidmatan ini merujuk orang kepada bantuan
preview-intro = Untuk penyelenggara dan pengintegrasi: apa yang akan dipaparkan oleh chatbot, dibina hanya daripada API awam. Jangan tampal perbualan sebenar di sini.
preview-views = Paparan
preview-tab-lookup = Carian
preview-tab-coverage = Liputan
preview-tab-locales = Bahasa
preview-loading = Memuatkan…

## The lookup form.
preview-message = Mesej
preview-message-hint = Digunakan hanya untuk mengenal pasti bahasa.
preview-locale = Tetapan setempat
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

## The answer.
preview-chat-shows = Apa yang dipaparkan dalam sembang
preview-raw-json = JSON mentah
preview-meta-language = Bahasa: { $code } (daripada { $source })
preview-meta-country = Negara: { $code } (daripada { $source })
preview-meta-country-unknown = Negara: tidak diketahui
preview-meta-locale = Tetapan setempat: { $code }
preview-meta-lines = Talian bantuan: { $count }
preview-international = Direktori antarabangsa

## An answer's emergency numbers and cards, in the answer's language.
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
preview-fact-checked = Disahkan dengan penyedia: { $date }
preview-fact-newest-source = Sumber terbaharu: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Bukti: halaman talian itu sendiri
preview-evidence-corroborated = Bukti: dua penerbit yang berasingan
preview-evidence-single = Bukti: satu senarai sahaja
preview-evidence-conflict = Bukti: sumber bercanggah
preview-fact-country = Negara: { $code }

## The coverage tab.
preview-coverage-summary = Negara dan wilayah: { $total } · dengan talian bantuan: { $covered } · nombor kecemasan sahaja: { $uncovered }.
preview-coverage-age = Talian yang sumber terbaharunya lebih lama daripada 24 bulan: { $stale } daripada { $total }.
preview-map-caption = Peta dunia liputan
preview-map-line = Ada talian bantuan
preview-map-emergency = Nombor kecemasan sahaja
preview-map-none = Tiada dalam set data
preview-coverage-legend = Baris yang diserlahkan hanya mempunyai nombor kecemasan, tanpa talian bantuan terpilih.
preview-coverage-caption = Negara dan wilayah (susun dengan butang pada lajur)
preview-column-code = Kod
preview-column-lines = Talian bantuan
preview-column-languages = Bahasa
preview-column-emergency = Kecemasan
preview-column-stale = Talian dengan sumber lama
preview-emergency-only = kecemasan sahaja
preview-error-countries = Negara tidak dapat dimuatkan ({ $error }).

## The locales tab.
preview-locales-summary = Bahasa: { $total } · disemak oleh penutur asli: { $reviewed }.
preview-locales-caption = Bahasa yang disertakan dan status semakannya
preview-column-native-name = Nama asli
preview-column-direction = Arah
preview-column-review = Semakan
preview-reviewed = Sudah disemak
preview-not-reviewed = Belum disemak
preview-error-locales = Bahasa tidak dapat dimuatkan ({ $error }).
