### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: 2nd person singular (wowe), as Rwandan health messages
### address one reader ("hamagara 114").
### Times: never "saa" before $opens_at: "saa 09:00" could be read on the
### Kinyarwanda clock (saa cyenda = 15:00); "guhera 09:00" is not.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## [text]: $line_name is the object of "kwitabaza", in its plain form
## (no n'/na, no concord needed).
## [label]: $line_name only stands before ":", as a label.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Mbabajwe cyane n'ibihe bikomeye urimo kunyuramo, kandi nishimiye ko wabimbwiye. Ntugomba guhangana na byo wenyine.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Ubu ushobora kwitabaza { $line_name }: { support-reach }.{ support-free }
               *[label] Ubu ushobora kwitabaza umurongo w'ubufasha. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Ubu ntibishoboka kwitabaza { $line_name }, ariko bizongera gushoboka { support-opens }. Icyo gihe, { support-reach }.{ support-free }
               *[label] Uyu murongo w'ubufasha ubu ufunze; uzongera gukora { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Ushobora kwitabaza { $line_name }: { support-reach }.{ support-free }
               *[label] Dore umurongo w'ubufasha wakwitabaza. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Ushobora kubona umurongo w'ubufasha wo mu gihugu cyawe kuri { $directory }.
               *[no] Ushobora kandi kubona umurongo w'ubufasha kuri { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] uyu munsi guhera { $opens_at }
        [tomorrow] ejo guhera { $opens_at }
        [mon] ku wa mbere guhera { $opens_at }
        [tue] ku wa kabiri guhera { $opens_at }
        [wed] ku wa gatatu guhera { $opens_at }
        [thu] ku wa kane guhera { $opens_at }
        [fri] ku wa gatanu guhera { $opens_at }
        [sat] ku wa gatandatu guhera { $opens_at }
        [sun] ku cyumweru guhera { $opens_at }
       *[none] nyuma
    }

support-reach =
    { $reach ->
        [call] hamagara { $contact }
        [text] ohereza ubutumwa bugufi kuri { $contact }
        [chat] ganira na bo kuri interineti ukoresheje urubuga { $contact }
        [whatsapp] bandikire kuri WhatsApp, nimero { $contact }
       *[web] sura urubuga { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Ni ubuntu.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Niba ubu uri mu kaga, itabaze ako kanya serivisi z'ubutabazi zo mu gace urimo.
       *[other] Niba ubu uri mu kaga, hamagara { $emergency } ako kanya.
    }

support-closing = Kuganira n'umuntu wizera na byo bishobora kugufasha. Amarangamutima aremereye nk'aya ashobora koroha iyo ubonye ubufasha, kandi ushobora gukomeza kuganira nanjye.

## The question asked when we do not know the person's country (the message
## above then names only the directory).
ask-country = Uri mu kihe gihugu? Nyuma yaho nshobora kukwereka umurongo w'ubufasha wo mu gihugu cyawe.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Hamagara { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Kuganira kuri interineti{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Ku buntu{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Ukora amasaha 24/24, iminsi 7/7
        [open] Ubu urakora, kugeza { $closes_at }{ summary-schedule }
        [closed] Ubu ufunze, uzongera gukora { summary-opens }{ summary-schedule }
       *[unknown] Amasaha ntiyatangajwe
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] uyu munsi guhera { $opens_at }
        [tomorrow] ejo guhera { $opens_at }
        [mon] ku wa mbere guhera { $opens_at }
        [tue] ku wa kabiri guhera { $opens_at }
        [wed] ku wa gatatu guhera { $opens_at }
        [thu] ku wa kane guhera { $opens_at }
        [fri] ku wa gatanu guhera { $opens_at }
        [sat] ku wa gatandatu guhera { $opens_at }
        [sun] ku cyumweru guhera { $opens_at }
       *[none] nyuma
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(buri munsi, { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day }, { $from }–{ $to })
        [day] {" "}({ summary-first-day }, { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] ku wa mbere
        [tue] ku wa kabiri
        [wed] ku wa gatatu
        [thu] ku wa kane
        [fri] ku wa gatanu
        [sat] ku wa gatandatu
       *[sun] ku cyumweru
    }
summary-last-day =
    { $last ->
        [mon] ku wa mbere
        [tue] ku wa kabiri
        [wed] ku wa gatatu
        [thu] ku wa kane
        [fri] ku wa gatanu
        [sat] ku wa gatandatu
       *[sun] ku cyumweru
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup: kureba mbere
preview-heading = kureba mbere
preview-skip = Jya ku bikubiyemo
preview-protocol-link = Uko iyi serivisi yerekeza abantu aho babona ubufasha
preview-intro = Ku bayitaho n'abayihuza n'izindi sisitemu: ibyo chatbot yakwerekana, byubatswe hakoreshejwe API rusange gusa. Ntugashyire hano ibiganiro nyabyo.
preview-views = Ibice
preview-tab-lookup = Gushakisha
preview-tab-coverage = Aho bigera
preview-tab-locales = Indimi
preview-loading = Tegereza gato…

## The lookup form.
preview-message = Ubutumwa
preview-message-hint = Bikoreshwa gusa mu kumenya ururimi.
preview-locale = Ururimi n'akarere
preview-locale-none = — nta na kimwe —
preview-country = Igihugu
preview-country-unknown = — ntikizwi —
preview-topics = Ingingo
preview-topics-hint = Zitandukanye n'akitso, urugero: { $examples }
preview-channels = Inzira z'itumanaho
preview-channel-phone = Telefone
preview-channel-sms = SMS
preview-channel-chat = Ikiganiro
preview-submit = Shakisha
preview-error-vocabularies = Ntibyashobotse gufungura ibihugu cyangwa indimi ({ $error }).
preview-error-lookup = Gushakisha ntibyakunze ({ $error }).

## The answer.
preview-chat-shows = Ibyo ikiganiro kigaragaza
preview-raw-json = JSON y'umwimerere
preview-meta-language = Ururimi: { $code } (bikomotse kuri: { $source })
preview-meta-country = Igihugu: { $code } (bikomotse kuri: { $source })
preview-meta-country-unknown = Igihugu: ntikizwi
preview-meta-locale = Ururimi n'akarere: { $code }
preview-meta-lines = Imirongo y'ubufasha: { $count }
preview-international = Urutonde mpuzamahanga

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Ubutabazi bwihuse:
preview-police = polisi
preview-ambulance = imbangukiragutabara
preview-fire = kuzimya inkongi
preview-open-now = Ubu urakora
preview-closed-now = Ubu ufunze
preview-hours-unknown = Amasaha ntazwi
preview-action-call = Hamagara { $number }
preview-action-text = Ohereza SMS kuri { $number }
preview-action-chat = Ikiganiro
preview-action-website = Urubuga
preview-fact-languages = Indimi: { $list }
preview-fact-languages-none = Indimi: ntizatangajwe
preview-fact-hours = Amasaha: { $times }
preview-fact-checked = Byemejwe n'utanga serivisi: { $date }
preview-fact-newest-source = Isoko rishya kurusha andi: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Gihamya: urubuga rw'umurongo ubwawo
preview-evidence-corroborated = Gihamya: abatangaza babiri batandukanye
preview-evidence-single = Gihamya: urutonde rumwe
preview-evidence-conflict = Gihamya: amasoko ntavuga rumwe
preview-fact-country = Igihugu: { $code }

## The coverage tab.
preview-coverage-summary = Ibihugu n'intara: { $total } · bifite imirongo y'ubufasha: { $covered } · bifite nimero y'ubutabazi gusa: { $uncovered }.
preview-coverage-age = Imirongo ifite isoko rishya kurusha andi rirengeje amezi 24: { $stale } kuri { $total }.
preview-map-caption = Ikarita y'isi y'aho bigera
preview-map-line = Hari umurongo w'ubufasha
preview-map-emergency = Nimero y'ubutabazi gusa
preview-map-none = Ntibiri mu makuru
preview-coverage-legend = Imirongo y'imbonerahamwe igaragajwe ifite nimero y'ubutabazi gusa, nta murongo w'ubufasha watoranyijwe.
preview-coverage-caption = Ibihugu n'intara (tondeka ukoresheje utubuto tw'inkingi)
preview-column-code = Kode
preview-column-lines = Imirongo y'ubufasha
preview-column-languages = Indimi
preview-column-emergency = Ubutabazi
preview-column-stale = Imirongo ishingiye ku masoko ashaje
preview-emergency-only = ubutabazi gusa
preview-error-countries = Ntibyashobotse gufungura ibihugu ({ $error }).

## The locales tab.
preview-locales-summary = Indimi: { $total } · zasuzumwe n'uzivuga kavukire: { $reviewed }.
preview-locales-caption = Indimi zashyizwemo n'uko zasuzumwe
preview-column-native-name = Izina mu rurimi ubwarwo
preview-column-direction = Icyerekezo
preview-column-review = Isuzuma
preview-reviewed = Byasuzumwe
preview-not-reviewed = Ntibirasuzumwa
preview-error-locales = Ntibyashobotse gufungura indimi ({ $error }).
