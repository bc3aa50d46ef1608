### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: second person singular ("int"), as Maltese public services and helplines
### write to the public; no gendered participle or adjective refers to the reader.

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: the bare name, standing after "is-servizz" in the [text]
##                sentences ("is-servizz Supportline 179"), no article or "lil";
##                label: only the line's name, held as a label ("Isem: …")
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format; "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory
## Times and numbers follow "minn", "sa", "fuq" or a noun ("in-numru"), never an article:
## the article's assimilation ("fid-9", "fl-10") depends on the number.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Jiddispjaċini tassew li qed tgħaddi minn dan kollu, u grazzi talli għidtli. M'għandekx għalfejn tiffaċċja dan waħdek.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Tista' tikkuntattja s-servizz { $line_name } issa stess: { support-reach }.{ support-free }
               *[label] Tista' tikkuntattja linja ta' għajnuna issa stess. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Bħalissa s-servizz { $line_name } mhux disponibbli, iżda tista' terġa' tikkuntattjah { support-opens }: { support-reach }.{ support-free }
               *[label] Din il-linja ta' għajnuna mhix disponibbli bħalissa, iżda tista' terġa' tikkuntattjaha { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Tista' tikkuntattja s-servizz { $line_name }: { support-reach }.{ support-free }
               *[label] Hawn linja ta' għajnuna li tista' tikkuntattja. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Tista' ssib linja ta' għajnuna f'pajjiżek fuq { $directory }.
               *[no] Tista' ssib ukoll linja ta' għajnuna fuq { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] illum minn { $opens_at }
        [tomorrow] għada minn { $opens_at }
        [mon] nhar it-Tnejn minn { $opens_at }
        [tue] nhar it-Tlieta minn { $opens_at }
        [wed] nhar l-Erbgħa minn { $opens_at }
        [thu] nhar il-Ħamis minn { $opens_at }
        [fri] nhar il-Ġimgħa minn { $opens_at }
        [sat] nhar is-Sibt minn { $opens_at }
        [sun] nhar il-Ħadd minn { $opens_at }
       *[none] aktar tard
    }

support-reach =
    { $reach ->
        [call] ċempel fuq { $contact }
        [text] ibgħat SMS fuq { $contact }
        [chat] uża ċ-chat online fuq { $contact }
        [whatsapp] ibgħat messaġġ fuq WhatsApp lin-numru { $contact }
       *[web] żur { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Is-servizz huwa b'xejn.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Jekk tinsab f'periklu immedjat, ikkuntattja minnufih is-servizzi lokali tal-emerġenza.
       *[other] Jekk tinsab f'periklu immedjat, ċempel minnufih in-numru tal-emerġenza { $emergency }.
    }

support-closing = Jista' jgħin ukoll li titkellem ma' xi ħadd li tafdah. B'appoġġ, sentimenti tqal bħal dawn jistgħu jsiru eħfef, u tista' tibqa' titkellem miegħi.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = F'liema pajjiż tinsab? Imbagħad nista' nurik linja ta' għajnuna f'pajjiżek.

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
       *[other] Ċempel { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Chat online{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] B'xejn{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Disponibbli 24 siegħa kuljum
        [open] Disponibbli issa, sa { $closes_at }{ summary-schedule }
        [closed] Mhux disponibbli issa, jerġa' jkun disponibbli { summary-opens }{ summary-schedule }
       *[unknown] Il-ħinijiet mhumiex indikati
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] minn { $opens_at }
        [tomorrow] għada minn { $opens_at }
        [mon] nhar it-Tnejn minn { $opens_at }
        [tue] nhar it-Tlieta minn { $opens_at }
        [wed] nhar l-Erbgħa minn { $opens_at }
        [thu] nhar il-Ħamis minn { $opens_at }
        [fri] nhar il-Ġimgħa minn { $opens_at }
        [sat] nhar is-Sibt minn { $opens_at }
        [sun] nhar il-Ħadd minn { $opens_at }
       *[none] aktar tard
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
## Day abbreviations as in CLDR (Tne, Tli, Erb, Ħam, Ġim, Sib, Ħad).
summary-schedule =
    { $schedule ->
        [daily] {" "}(kuljum { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] Tne
        [tue] Tli
        [wed] Erb
        [thu] Ħam
        [fri] Ġim
        [sat] Sib
       *[sun] Ħad
    }
summary-last-day =
    { $last ->
        [mon] Tne
        [tue] Tli
        [wed] Erb
        [thu] Ħam
        [fri] Ġim
        [sat] Sib
       *[sun] Ħad
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – ħarsa minn qabel
preview-heading = ħarsa minn qabel
preview-skip = Aqbeż għall-kontenut
preview-protocol-link = Kif dan is-servizz jirreferi lin-nies għall-għajnuna
preview-intro = Għal min jieħu ħsieb is-servizz jew jintegrah: dak li chatbot kien juri, mibni biss mill-API pubblika. Jekk jogħġbok, tpoġġix konversazzjonijiet veri hawn.
preview-views = Dehriet
preview-tab-lookup = Tfittxija
preview-tab-coverage = Kopertura
preview-tab-locales = Lingwi
preview-loading = Qed jitgħabba…

## The lookup form.
preview-message = Messaġġ
preview-message-hint = Jintuża biss biex tingħaraf il-lingwa.
preview-locale = Verżjoni lingwistika
preview-locale-none = — xejn —
preview-country = Pajjiż
preview-country-unknown = — mhux magħruf —
preview-topics = Suġġetti
preview-topics-hint = Mifruda b'virgola, pereżempju: { $examples }
preview-channels = Mezzi
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Fittex
preview-error-vocabularies = Il-pajjiżi jew il-verżjonijiet lingwistiċi ma setgħux jitgħabbew ({ $error }).
preview-error-lookup = It-tfittxija ma rnexxietx ({ $error }).

## The answer.
preview-chat-shows = X'juri ċ-chat
preview-raw-json = JSON mhux ipproċessat
preview-meta-language = Lingwa: { $code } (minn { $source })
preview-meta-country = Pajjiż: { $code } (minn { $source })
preview-meta-country-unknown = Pajjiż: mhux magħruf
preview-meta-locale = Verżjoni lingwistika: { $code }
preview-meta-lines = Linji ta' għajnuna: { $count }
preview-international = Direttorji internazzjonali

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Emerġenza:
preview-police = pulizija
preview-ambulance = ambulanza
preview-fire = tifi tan-nar
preview-open-now = Disponibbli issa
preview-closed-now = Mhux disponibbli issa
preview-hours-unknown = Ħinijiet mhux magħrufa
preview-action-call = Ċempel { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Chat
preview-action-website = Sit web
preview-fact-languages = Lingwi: { $list }
preview-fact-languages-none = Lingwi: mhux indikati
preview-fact-hours = Ħinijiet: { $times }
preview-fact-checked = Ivverifikat mal-fornitur: { $date }
preview-fact-newest-source = L-aktar sors riċenti: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Evidenza: il-paġna tal-linja stess
preview-evidence-corroborated = Evidenza: żewġ sorsi indipendenti
preview-evidence-single = Evidenza: elenku wieħed
preview-evidence-conflict = Evidenza: is-sorsi ma jaqblux
preview-fact-country = Pajjiż: { $code }

## The coverage tab.
preview-coverage-summary = Pajjiżi u territorji: { $total } · b'linji ta' għajnuna: { $covered } · numru tal-emerġenza biss: { $uncovered }.
preview-coverage-age = Linji li l-aktar sors riċenti tagħhom għandu aktar minn 24 xahar: { $stale } minn { $total }.
preview-map-caption = Mappa tad-dinja tal-kopertura
preview-map-line = Għandu linja ta' għajnuna
preview-map-emergency = Numru tal-emerġenza biss
preview-map-none = Mhux fid-dejta
preview-coverage-legend = Ir-ringieli enfasizzati għandhom numru tal-emerġenza biss, mingħajr linja ta' għajnuna magħżula.
preview-coverage-caption = Pajjiżi u territorji (issortja bil-buttuni tal-kolonni)
preview-column-code = Kodiċi
preview-column-lines = Linji ta' għajnuna
preview-column-languages = Lingwi
preview-column-emergency = Emerġenza
preview-column-stale = Linji b'sorsi qodma
preview-emergency-only = emerġenza biss
preview-error-countries = Il-pajjiżi ma setgħux jitgħabbew ({ $error }).

## The locales tab.
preview-locales-summary = Verżjonijiet lingwistiċi: { $total } · riveduti minn kelliem nattiv: { $reviewed }.
preview-locales-caption = Il-verżjonijiet lingwistiċi inklużi u l-istat tar-reviżjoni tagħhom
preview-column-native-name = Isem fil-lingwa stess
preview-column-direction = Direzzjoni
preview-column-review = Reviżjoni
preview-reviewed = Rivedut
preview-not-reviewed = Mhux rivedut
preview-error-locales = Il-verżjonijiet lingwistiċi ma setgħux jitgħabbew ({ $error }).
