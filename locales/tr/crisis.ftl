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

support-opening = Bunları yaşadığınız için gerçekten çok üzgünüm ve bunu paylaştığınıza sevindim. Bununla tek başınıza yüzleşmek zorunda değilsiniz.

support-body =
    { $line_state ->
        [open] { $line_name } üzerinden hemen şimdi destek alabilirsiniz: { support-reach }.{ support-free }
        [closed] { $line_name } şu anda kapalı; saat { $opens_at } itibarıyla yeniden hizmet veriyor: { support-reach }.{ support-free }
        [unknown] { $line_name } üzerinden destek alabilirsiniz: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Size yakın bir destek hattını { $directory } adresinde bulabilirsiniz.
           *[no] Hangi ülkede olduğunuzu söylerseniz size yakın bir destek hattı bulabilirim. { $directory } adresinden de bir hat bulabilirsiniz.
        }
    }

support-reach =
    { $reach ->
        [call] { $contact } numarasını arayın
        [text] { $contact } numarasına SMS gönderin
        [chat] { $contact } adresinden çevrim içi sohbetle yazın
        [whatsapp] { $contact } numarasına WhatsApp'tan yazın
       *[web] { $contact } adresini ziyaret edin
    }

support-free =
    { $free ->
        [yes] {" "}Hizmet ücretsizdir.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Şu anda acil bir tehlike içindeyseniz lütfen hemen bölgenizdeki acil yardım servislerine başvurun.
       *[other] Şu anda acil bir tehlike içindeyseniz hemen { $emergency } numarasını arayın.
    }

support-closing = Güvendiğiniz biriyle konuşmak da iyi gelebilir. Bu kadar ağır duygular destekle hafifleyebilir ve benimle konuşmaya devam edebilirsiniz.

## The question asked when we do not know the person's country.
ask-country = Hangi ülkedesiniz? Böylece size yakın bir destek hattını gösterebilirim.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Telefon: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Çevrim içi sohbet{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Ücretsiz{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 7/24 açık
        [open] Şu an açık, kapanış: { $closes_at }{ summary-schedule }
        [closed] Şu an kapalı, açılış: { $opens_at }{ summary-schedule }
       *[unknown] Çalışma saatleri belirtilmemiş
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(her gün { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] Pzt
        [tue] Sal
        [wed] Çar
        [thu] Per
        [fri] Cum
        [sat] Cmt
       *[sun] Paz
    }
summary-last-day =
    { $last ->
        [mon] Pzt
        [tue] Sal
        [wed] Çar
        [thu] Per
        [fri] Cum
        [sat] Cmt
       *[sun] Paz
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup önizleme
preview-heading = önizleme
preview-skip = İçeriğe geç
preview-intro = Bakım yapanlar ve entegre edenler için: bir sohbet botunun göstereceği içerik, yalnızca herkese açık API ile oluşturulur. Buraya gerçek konuşmaları yapıştırmayın.
preview-views = Görünümler
preview-tab-lookup = Sorgu
preview-tab-coverage = Kapsam
preview-tab-locales = Diller
preview-loading = Yükleniyor…
preview-message = Mesaj
preview-message-hint = Yalnızca dili tanımak için kullanılır.
preview-locale = Yerel ayar
preview-locale-none = — yok —
preview-country = Ülke
preview-country-unknown = — bilinmiyor —
preview-topics = Konular
preview-topics-hint = Virgülle ayrılmış, örneğin: { $examples }
preview-channels = Kanallar
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Sohbet
preview-submit = Sorgula
preview-error-vocabularies = Ülkeler veya yerel ayarlar yüklenemedi ({ $error }).
preview-error-lookup = Sorgu yapılamadı ({ $error }).
preview-chat-shows = Sohbette görünen
preview-raw-json = Ham JSON
preview-meta-language = Dil: { $code } (kaynak: { $source })
preview-meta-country = Ülke: { $code } (kaynak: { $source })
preview-meta-country-unknown = Ülke: bilinmiyor
preview-meta-locale = Yerel ayar: { $code }
preview-meta-lines = Destek hatları: { $count }
preview-international = Uluslararası rehberler
preview-emergency = Acil durum:
preview-police = polis
preview-ambulance = ambulans
preview-fire = itfaiye
preview-open-now = Şu an açık
preview-closed-now = Şu an kapalı
preview-hours-unknown = Çalışma saatleri bilinmiyor
preview-action-call = Telefon: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Sohbet
preview-action-website = Web sitesi
preview-fact-languages = Diller: { $list }
preview-fact-languages-none = Diller: belirtilmemiş
preview-fact-hours = Çalışma saatleri: { $times }
preview-fact-verified = Doğrulama: { $date }
preview-fact-evidence = Kaynaklar: { $evidence }
preview-fact-country = Ülke: { $code }
preview-coverage-summary = Ülkeler ve bölgeler: { $total } · destek hattı olan: { $covered } · yalnızca acil durum numarası: { $uncovered }.
preview-coverage-pending = Doğrulama tarihleri okunuyor… kalan: { $count }.
preview-coverage-oldest = Bir destek hattının en eski doğrulaması: { $date }.
preview-coverage-legend = Vurgulanan satırlarda yalnızca acil durum numarası var, seçilmiş destek hattı yok.
preview-coverage-caption = Ülkeler ve bölgeler (sütunlardaki düğmelerle sıralayın)
preview-column-code = Kod
preview-column-lines = Destek hatları
preview-column-languages = Diller
preview-column-emergency = Acil durum
preview-column-verified = En eski doğrulama
preview-emergency-only = yalnızca acil durum
preview-error-countries = Ülkeler yüklenemedi ({ $error }).
preview-locales-summary = Diller: { $total } · ana dili olan biri tarafından gözden geçirilen: { $reviewed }.
preview-locales-caption = Dahil edilen diller ve gözden geçirme durumu
preview-column-native-name = Kendi dilindeki adı
preview-column-direction = Yön
preview-column-review = Gözden geçirme
preview-reviewed = Gözden geçirildi
preview-not-reviewed = Gözden geçirilmedi
preview-error-locales = Diller yüklenemedi ({ $error }).
