### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "ju" (formal you), as public services in Albania and Kosovo use.

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: the name in the nominative, definite where it has an
##                article ending ("Linja e Jetës", "Alo 116"): in [text] it is
##                always the subject; label: only the line's name, held as a
##                label ("Emri: …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format ("9:00 p.d."); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Më vjen vërtet keq që po kaloni diçka kaq të rëndë dhe më vjen mirë që ma thatë. Nuk keni pse ta përballoni vetëm.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] { $line_name } mund t’ju ndihmojë që tani: { support-reach }.{ support-free }
               *[label] Mund të kërkoni ndihmë që tani. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } tani nuk punon dhe rifillon punën { support-opens } – { support-reach }.{ support-free }
               *[label] Kjo linjë ndihme tani nuk punon (rifillon punën { support-opens }). { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } mund t’ju ndihmojë: { support-reach }.{ support-free }
               *[label] Ja një linjë ndihme ku mund të drejtoheni. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Në { $directory } mund të gjeni një linjë ndihme në vendin tuaj.
               *[no] Një linjë ndihme mund të gjeni edhe në { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] sot në orën { $opens_at }
        [tomorrow] nesër në orën { $opens_at }
        [mon] të hënën në orën { $opens_at }
        [tue] të martën në orën { $opens_at }
        [wed] të mërkurën në orën { $opens_at }
        [thu] të enjten në orën { $opens_at }
        [fri] të premten në orën { $opens_at }
        [sat] të shtunën në orën { $opens_at }
        [sun] të dielën në orën { $opens_at }
       *[none] më vonë
    }

support-reach =
    { $reach ->
        [call] telefononi në numrin { $contact }
        [text] dërgoni SMS në numrin { $contact }
        [chat] bisedoni online në faqen { $contact }
        [whatsapp] shkruani në WhatsApp në numrin { $contact }
       *[web] vizitoni faqen { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Shërbimi është falas.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Nëse jeni në rrezik të menjëhershëm, kontaktoni tani shërbimet e urgjencës.
       *[other] Nëse jeni në rrezik të menjëhershëm, telefononi tani në numrin { $emergency }.
    }

support-closing = Mund t’ju ndihmojë edhe të flisni me dikë të cilit i besoni. Me mbështetje, edhe ndjenja kaq të rënda mund të lehtësohen dhe mund të vazhdoni të flisni me mua.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = Në cilin vend ndodheni? Atëherë mund t’ju tregoj një linjë ndihme në vendin tuaj.

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
        [yes] Bisedë online{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Falas{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Punon 24/7
        [open] Tani punon, deri në orën { $closes_at }{ summary-schedule }
        [closed] Tani nuk punon, rifillon { summary-opens }{ summary-schedule }
       *[unknown] Orari nuk është dhënë
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] në orën { $opens_at }
        [tomorrow] nesër në orën { $opens_at }
        [mon] të hënën në orën { $opens_at }
        [tue] të martën në orën { $opens_at }
        [wed] të mërkurën në orën { $opens_at }
        [thu] të enjten në orën { $opens_at }
        [fri] të premten në orën { $opens_at }
        [sat] të shtunën në orën { $opens_at }
        [sun] të dielën në orën { $opens_at }
       *[none] më vonë
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(çdo ditë { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] hën
        [tue] mar
        [wed] mër
        [thu] enj
        [fri] pre
        [sat] sht
       *[sun] die
    }
summary-last-day =
    { $last ->
        [mon] hën
        [tue] mar
        [wed] mër
        [thu] enj
        [fri] pre
        [sat] sht
       *[sun] die
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – pamje paraprake
preview-heading = pamje paraprake
preview-skip = Kalo te përmbajtja
preview-protocol-link = Si i udhëzon ky shërbim njerëzit drejt ndihmës
preview-intro = Për mirëmbajtësit dhe integruesit: çfarë do të shfaqte një chatbot, e ndërtuar vetëm nga API-ja publike. Mos ngjitni këtu biseda të vërteta.
preview-views = Pamjet
preview-tab-lookup = Kërkimi
preview-tab-coverage = Mbulimi
preview-tab-locales = Lokalizimet
preview-loading = Po ngarkohet…

## The lookup form.
preview-message = Mesazhi
preview-message-hint = Përdoret vetëm për të dalluar gjuhën.
preview-locale = Lokalizimi
preview-locale-none = — asnjë —
preview-country = Vendi
preview-country-unknown = — i panjohur —
preview-topics = Temat
preview-topics-hint = Të ndara me presje, për shembull: { $examples }
preview-channels = Kanalet
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Kërko
preview-error-vocabularies = Vendet ose lokalizimet nuk u ngarkuan ({ $error }).
preview-error-lookup = Kërkimi dështoi ({ $error }).

## The answer.
preview-chat-shows = Çfarë shfaq chat-i
preview-raw-json = JSON i papërpunuar
preview-meta-language = Gjuha: { $code } (burimi: { $source })
preview-meta-country = Vendi: { $code } (burimi: { $source })
preview-meta-country-unknown = Vendi: i panjohur
preview-meta-locale = Lokalizimi: { $code }
preview-meta-lines = Linja ndihme: { $count }
preview-international = Lista ndërkombëtare

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Urgjenca:
preview-police = policia
preview-ambulance = ambulanca
preview-fire = zjarrfikësit
preview-open-now = Tani punon
preview-closed-now = Tani nuk punon
preview-hours-unknown = Orari i panjohur
preview-action-call = Telefononi { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Chat
preview-action-website = Faqja e internetit
preview-fact-languages = Gjuhët: { $list }
preview-fact-languages-none = Gjuhët: nuk janë dhënë
preview-fact-hours = Orari: { $times }
preview-fact-checked = Verifikuar me ofruesin: { $date }
preview-fact-newest-source = Burimi më i ri: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Mbështetja: faqja e vetë linjës
preview-evidence-corroborated = Mbështetja: dy botues të pavarur
preview-evidence-single = Mbështetja: një listë e vetme
preview-evidence-conflict = Mbështetja: burimet nuk përputhen
preview-fact-country = Vendi: { $code }

## The coverage tab.
preview-coverage-summary = Vende dhe territore: { $total } · me linja ndihme: { $covered } · vetëm me numër urgjence: { $uncovered }.
preview-coverage-age = Linja, burimi më i ri i të cilave është më i vjetër se 24 muaj: { $stale } nga { $total }.
preview-map-caption = Harta botërore e mbulimit
preview-map-line = Ka linjë ndihme
preview-map-emergency = Vetëm numër urgjence
preview-map-none = Nuk është në të dhëna
preview-coverage-legend = Rreshtat e theksuar kanë vetëm numër urgjence, pa linjë ndihme të përzgjedhur.
preview-coverage-caption = Vende dhe territore (renditni me butonat e kolonave)
preview-column-code = Kodi
preview-column-lines = Linja ndihme
preview-column-languages = Gjuhët
preview-column-emergency = Urgjenca
preview-column-stale = Linja me burime të vjetra
preview-emergency-only = vetëm urgjenca
preview-error-countries = Vendet nuk u ngarkuan ({ $error }).

## The locales tab.
preview-locales-summary = Lokalizime: { $total } · të rishikuara nga një folës amtar: { $reviewed }.
preview-locales-caption = Lokalizimet e përfshira dhe gjendja e rishikimit të tyre
preview-column-native-name = Emri në gjuhën e vet
preview-column-direction = Drejtimi
preview-column-review = Rishikimi
preview-reviewed = I rishikuar
preview-not-reviewed = I parishikuar
preview-error-locales = Lokalizimet nuk u ngarkuan ({ $error }).
