### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: as in locales/en/crisis.ftl.
##   $name_form  text: $line_name is the line's Turkish name, bare (nominative);
##               the sentence follows it with a separate word (üzerinden,
##               şu anda…), never with a suffix. label: only the line's name,
##               held as a label ("name: …").
##   $opens_at   already written as this locale writes a time ("09:00").
## No suffix is ever attached to $line_name, $contact, $opens_at or a link:
## suffixes go on a noun after them (numarasını, adresindeki) or a
## postposition is used (itibarıyla), since vowel harmony cannot be known.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Yaşadıklarınız için gerçekten çok üzgünüm ve bunu paylaştığınıza sevindim. Bununla tek başınıza yüzleşmek zorunda değilsiniz.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] { $line_name } üzerinden hemen şimdi destek alabilirsiniz: { support-reach }.{ support-free }
               *[label] Hemen şimdi bir destek hattından yardım alabilirsiniz. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } şu anda kapalı; { support-opens } yeniden hizmet verecek: { support-reach }.{ support-free }
               *[label] Bu destek hattı şu anda kapalı; { support-opens } yeniden hizmet verecek. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } üzerinden destek alabilirsiniz: { support-reach }.{ support-free }
               *[label] Şu destek hattına ulaşabilirsiniz. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Ülkenizdeki bir destek hattını { $directory } adresinde bulabilirsiniz.
               *[no] { $directory } adresinden de bir destek hattı bulabilirsiniz.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] bugün saat { $opens_at } itibarıyla
        [tomorrow] yarın saat { $opens_at } itibarıyla
        [mon] pazartesi günü saat { $opens_at } itibarıyla
        [tue] salı günü saat { $opens_at } itibarıyla
        [wed] çarşamba günü saat { $opens_at } itibarıyla
        [thu] perşembe günü saat { $opens_at } itibarıyla
        [fri] cuma günü saat { $opens_at } itibarıyla
        [sat] cumartesi günü saat { $opens_at } itibarıyla
        [sun] pazar günü saat { $opens_at } itibarıyla
       *[none] daha sonra
    }

support-reach =
    { $reach ->
        [call] { $contact } numarasını arayın
        [text] { $contact } numarasına SMS gönderin
        [chat] { $contact } adresindeki çevrim içi sohbetten yazın
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

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = Hangi ülkedesiniz? Böylece size ülkenizdeki bir destek hattını gösterebilirim.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [closed] Şu an kapalı, açılış: { summary-opens }{ summary-schedule }
       *[unknown] Çalışma saatleri belirtilmemiş
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] { $opens_at }
        [tomorrow] yarın { $opens_at }
        [mon] Pzt { $opens_at }
        [tue] Sal { $opens_at }
        [wed] Çar { $opens_at }
        [thu] Per { $opens_at }
        [fri] Cum { $opens_at }
        [sat] Cmt { $opens_at }
        [sun] Paz { $opens_at }
       *[none] daha sonra
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
preview-protocol-link = Bu hizmet insanları yardıma nasıl yönlendiriyor
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
preview-fact-checked = Hat işletmecisiyle doğrulandı: { $date }
preview-fact-newest-source = En yeni kaynak: { $date }
preview-evidence-provider = Dayanak: hattın kendi sayfası
preview-evidence-corroborated = Dayanak: birbirinden bağımsız iki yayıncı
preview-evidence-single = Dayanak: tek bir liste
preview-evidence-conflict = Dayanak: kaynaklar çelişiyor
preview-fact-country = Ülke: { $code }
preview-coverage-summary = Ülkeler ve bölgeler: { $total } · destek hattı olan: { $covered } · yalnızca acil durum numarası: { $uncovered }.
preview-coverage-age = En yeni kaynağı 24 aydan eski olan hatlar: { $total } hattan { $stale } tanesi.
preview-map-caption = Kapsamın dünya haritası
preview-map-line = Destek hattı var
preview-map-emergency = Yalnızca acil durum numarası
preview-map-none = Veri kümesinde yok
preview-coverage-legend = Vurgulanan satırlarda yalnızca acil durum numarası var, seçilmiş destek hattı yok.
preview-coverage-caption = Ülkeler ve bölgeler (sütunlardaki düğmelerle sıralayın)
preview-column-code = Kod
preview-column-lines = Destek hatları
preview-column-languages = Diller
preview-column-emergency = Acil durum
preview-column-stale = Eski kaynaklı hatlar
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
