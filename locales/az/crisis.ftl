### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### North Azerbaijani in the Latin script used by Azerbaijan's institutions;
### register "siz" (formal you). No case suffix is ever glued to a
### placeable: a suffix on a time ("09:00-da") would have to follow vowel
### harmony of the spoken number, which the text cannot know, so times
### stand after a colon or before the invariant "-dək".

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: the name in the nominative, followed in [text] by the
##                separate postposition "ilə" or a verb, never by a suffix;
##                label: only the line's name, held as a label ("Ad: …"),
##                never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Çox təəssüf ki, hazırda sizin üçün bu qədər çətindir. Bunu mənimlə bölüşdüyünüzə şadam. Bununla təkbaşına üzləşmək məcburiyyətində deyilsiniz.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Elə indi { $line_name } ilə əlaqə saxlaya bilərsiniz: { support-reach }.{ support-free }
               *[label] Elə indi kömək istəyə bilərsiniz. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } hazırda işləmir. Yenidən açılacağı vaxt: { support-opens }. Açılanda { support-reach }.{ support-free }
               *[label] Bu qaynar xətt hazırda işləmir. Yenidən açılacağı vaxt: { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } ilə əlaqə saxlaya bilərsiniz: { support-reach }.{ support-free }
               *[label] Budur, müraciət edə biləcəyiniz qaynar xətt. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Ölkənizdəki qaynar xətti bu ünvanda tapa bilərsiniz: { $directory }.
               *[no] Qaynar xətti bu ünvanda da tapa bilərsiniz: { $directory }.
            }
    }

## When a closed line opens again: the day, then the time. Stands after
## "Yenidən açılacağı vaxt:" (no locative suffix on the time).
support-opens =
    { $opens_day ->
        [today] bu gün, saat { $opens_at }
        [tomorrow] sabah, saat { $opens_at }
        [mon] bazar ertəsi, saat { $opens_at }
        [tue] çərşənbə axşamı, saat { $opens_at }
        [wed] çərşənbə, saat { $opens_at }
        [thu] cümə axşamı, saat { $opens_at }
        [fri] cümə, saat { $opens_at }
        [sat] şənbə, saat { $opens_at }
        [sun] bazar, saat { $opens_at }
       *[none] hələ bəlli deyil
    }

support-reach =
    { $reach ->
        [call] { $contact } nömrəsinə zəng edin
        [text] { $contact } nömrəsinə SMS göndərin
        [chat] { $contact } saytında onlayn çatda yazın
        [whatsapp] WhatsApp-da { $contact } nömrəsinə yazın
       *[web] { $contact } saytına daxil olun
    }

support-free =
    { $free ->
        [yes] {" "}Xidmət ödənişsizdir.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Əgər hazırda birbaşa təhlükə altındasınızsa, dərhal yerli təcili yardım xidmətlərinə müraciət edin.
       *[other] Əgər hazırda birbaşa təhlükə altındasınızsa, dərhal { $emergency } nömrəsinə zəng edin.
    }

support-closing = Etibar etdiyiniz biri ilə danışmaq da kömək edə bilər. Dəstək sayəsində bu qədər ağır hisslər də yüngülləşə bilər və mənimlə danışmağa davam edə bilərsiniz.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = Hansı ölkədəsiniz? Onda sizə ölkənizdəki qaynar xətti göstərə bilərəm.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at (the time, written the way this locale writes a
## time, or "none"), $opens_day (as in support-opens),
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
        [yes] Onlayn çat{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Ödənişsiz{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 24/7 işləyir
        [open] İndi işləyir, saat { $closes_at }-dək{ summary-schedule }
        [closed] İndi bağlıdır, açılış: { summary-opens }{ summary-schedule }
       *[unknown] İş saatları göstərilməyib
    }

## When a closed line opens again, short (after "açılış:").
summary-opens =
    { $opens_day ->
        [today] saat { $opens_at }
        [tomorrow] sabah, saat { $opens_at }
        [mon] B.e., saat { $opens_at }
        [tue] Ç.a., saat { $opens_at }
        [wed] Ç., saat { $opens_at }
        [thu] C.a., saat { $opens_at }
        [fri] C., saat { $opens_at }
        [sat] Ş., saat { $opens_at }
        [sun] B., saat { $opens_at }
       *[none] hələ bəlli deyil
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(hər gün { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] B.e.
        [tue] Ç.a.
        [wed] Ç.
        [thu] C.a.
        [fri] C.
        [sat] Ş.
       *[sun] B.
    }
summary-last-day =
    { $last ->
        [mon] B.e.
        [tue] Ç.a.
        [wed] Ç.
        [thu] C.a.
        [fri] C.
        [sat] Ş.
       *[sun] B.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup — ilkin baxış
preview-heading = ilkin baxış
preview-skip = Məzmuna keç
preview-protocol-link = Bu xidmət insanları köməyə necə yönləndirir
preview-intro = Xidməti dəstəkləyənlər və inteqrasiya edənlər üçün: çatbotun göstərəcəyi cavab, yalnız açıq API əsasında qurulub. Bura real yazışmaları yapışdırmayın.
preview-views = Bölmələr
preview-tab-lookup = Axtarış
preview-tab-coverage = Əhatə
preview-tab-locales = Lokallar
preview-loading = Yüklənir…

## The lookup form.
preview-message = Mesaj
preview-message-hint = Yalnız dili müəyyən etmək üçün istifadə olunur.
preview-locale = Lokal
preview-locale-none = — yoxdur —
preview-country = Ölkə
preview-country-unknown = — naməlum —
preview-topics = Mövzular
preview-topics-hint = Vergüllə ayrılmış, məsələn: { $examples }
preview-channels = Kanallar
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Çat
preview-submit = Axtar
preview-error-vocabularies = Ölkələri və ya lokalları yükləmək mümkün olmadı ({ $error }).
preview-error-lookup = Axtarış alınmadı ({ $error }).

## The answer.
preview-chat-shows = Çatda görünən
preview-raw-json = Xam JSON
preview-meta-language = Dil: { $code } (mənbə: { $source })
preview-meta-country = Ölkə: { $code } (mənbə: { $source })
preview-meta-country-unknown = Ölkə: naməlum
preview-meta-locale = Lokal: { $code }
preview-meta-lines = Qaynar xətlər: { $count }
preview-international = Beynəlxalq kataloqlar

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Təcili xidmətlər:
preview-police = polis
preview-ambulance = təcili tibbi yardım
preview-fire = yanğınsöndürmə xidməti
preview-open-now = İndi işləyir
preview-closed-now = İndi bağlıdır
preview-hours-unknown = İş saatları naməlumdur
preview-action-call = Zəng: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Çat
preview-action-website = Sayt
preview-fact-languages = Dillər: { $list }
preview-fact-languages-none = Dillər: göstərilməyib
preview-fact-hours = İş saatları: { $times }
preview-fact-checked = Xidmət təminatçısı ilə yoxlanılıb: { $date }
preview-fact-newest-source = Ən yeni mənbə: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Əsas: xəttin öz saytı
preview-evidence-corroborated = Əsas: iki müstəqil naşir
preview-evidence-single = Əsas: bir qeyd
preview-evidence-conflict = Əsas: mənbələr bir-birinə ziddir
preview-fact-country = Ölkə: { $code }

## The coverage tab.
preview-coverage-summary = Ölkə və ərazilər: { $total } · qaynar xətti olanlar: { $covered } · yalnız təcili nömrə: { $uncovered }.
preview-coverage-age = Ən yeni mənbəyi 24 aydan köhnə olan xətlər: { $stale } / { $total }.
preview-map-caption = Əhatənin dünya xəritəsi
preview-map-line = Qaynar xətt var
preview-map-emergency = Yalnız təcili nömrə
preview-map-none = Məlumatlarda yoxdur
preview-coverage-legend = Vurğulanmış sətirlərdə yalnız təcili nömrə var, seçilmiş qaynar xətt yoxdur.
preview-coverage-caption = Ölkə və ərazilər (sütun düymələri ilə sıralayın)
preview-column-code = Kod
preview-column-lines = Qaynar xətlər
preview-column-languages = Dillər
preview-column-emergency = Təcili nömrə
preview-column-stale = Köhnə mənbəli xətlər
preview-emergency-only = yalnız təcili nömrə
preview-error-countries = Ölkələri yükləmək mümkün olmadı ({ $error }).

## The locales tab.
preview-locales-summary = Lokallar: { $total } · ana dili daşıyıcısı yoxlayıb: { $reviewed }.
preview-locales-caption = Daxil edilmiş lokallar və onların yoxlanış vəziyyəti
preview-column-native-name = Öz dilində adı
preview-column-direction = İstiqamət
preview-column-review = Yoxlanış
preview-reviewed = Yoxlanılıb
preview-not-reviewed = Yoxlanılmayıb
preview-error-locales = Lokalları yükləmək mümkün olmadı ({ $error }).
