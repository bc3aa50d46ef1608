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

support-opening = Pole sana kwa yote unayopitia, na nafurahi kwamba umeniambia. Huhitaji kukabiliana na hili peke yako.

support-body =
    { $line_state ->
        [open] Unaweza kuwasiliana na { $line_name } sasa hivi: { support-reach }.{ support-free }
        [closed] Huduma ya { $line_name } imefungwa kwa sasa na itafunguliwa tena saa { $opens_at }: { support-reach }.{ support-free }
        [unknown] Unaweza kuwasiliana na { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Unaweza kupata simu ya msaada karibu nawe kupitia { $directory }.
           *[no] Ukiniambia uko nchi gani, naweza kukutafutia simu ya msaada karibu nawe. Unaweza pia kuipata kupitia { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] piga simu { $contact }
        [text] tuma SMS kwa { $contact }
        [chat] piga gumzo nao mtandaoni kupitia { $contact }
        [whatsapp] waandikie kwenye WhatsApp kupitia { $contact }
       *[web] tembelea { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Huduma hii ni bure.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Kama uko katika hatari ya papo hapo, tafadhali wasiliana na huduma za dharura za eneo lako sasa hivi.
       *[other] Kama uko katika hatari ya papo hapo, piga { $emergency } sasa hivi.
    }

support-closing = Kuzungumza na mtu unayemwamini kunaweza kusaidia pia. Hisia nzito kama hizi zinaweza kupungua ukipata msaada, na unaweza kuendelea kuzungumza nami.

## The question asked when we do not know the person's country.
ask-country = Uko nchi gani? Kisha naweza kukuonyesha simu ya msaada karibu nawe.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Piga { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Gumzo mtandaoni{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Bure{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Wazi saa 24 kila siku
        [open] Wazi sasa, hadi { $closes_at }{ summary-schedule }
        [closed] Imefungwa sasa, inafunguliwa { $opens_at }{ summary-schedule }
       *[unknown] Saa za huduma hazijatajwa
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(kila siku, { $from }–{ $to })
        [days] {" "}({ summary-first-day } hadi { summary-last-day }, { $from }–{ $to })
        [day] {" "}({ summary-first-day }, { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] Jumatatu
        [tue] Jumanne
        [wed] Jumatano
        [thu] Alhamisi
        [fri] Ijumaa
        [sat] Jumamosi
       *[sun] Jumapili
    }
summary-last-day =
    { $last ->
        [mon] Jumatatu
        [tue] Jumanne
        [wed] Jumatano
        [thu] Alhamisi
        [fri] Ijumaa
        [sat] Jumamosi
       *[sun] Jumapili
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Onyesho la awali la crisis-lookup
preview-heading = onyesho la awali
preview-skip = Ruka hadi maudhui
preview-intro = Kwa wanaotunza na wanaounganisha huduma: kile ambacho chatbot ingeonyesha, kimejengwa kwa API ya umma pekee. Usibandike mazungumzo halisi hapa.
preview-views = Mionekano
preview-tab-lookup = Utafutaji
preview-tab-coverage = Upatikanaji
preview-tab-locales = Lugha
preview-loading = Inapakia…
preview-message = Ujumbe
preview-message-hint = Unatumika tu kutambua lugha.
preview-locale = Lugha na eneo
preview-locale-none = — hakuna —
preview-country = Nchi
preview-country-unknown = — haijulikani —
preview-topics = Mada
preview-topics-hint = Zitenganishe kwa koma, kwa mfano: { $examples }
preview-channels = Njia za mawasiliano
preview-channel-phone = Simu
preview-channel-sms = SMS
preview-channel-chat = Gumzo
preview-submit = Tafuta
preview-error-vocabularies = Imeshindikana kupakia nchi au lugha ({ $error }).
preview-error-lookup = Utafutaji umeshindikana ({ $error }).
preview-chat-shows = Kile gumzo linaonyesha
preview-raw-json = JSON ghafi
preview-meta-language = Lugha: { $code } (kutoka { $source })
preview-meta-country = Nchi: { $code } (kutoka { $source })
preview-meta-country-unknown = Nchi: haijulikani
preview-meta-locale = Lugha na eneo: { $code }
preview-meta-lines = Namba za msaada: { $count }
preview-international = Orodha za kimataifa
preview-emergency = Dharura:
preview-police = polisi
preview-ambulance = gari la wagonjwa
preview-fire = zimamoto
preview-open-now = Wazi sasa
preview-closed-now = Imefungwa sasa
preview-hours-unknown = Saa hazijulikani
preview-action-call = Piga { $number }
preview-action-text = SMS { $number }
preview-action-chat = Gumzo
preview-action-website = Tovuti
preview-fact-languages = Lugha: { $list }
preview-fact-languages-none = Lugha: hazijatajwa
preview-fact-hours = Saa: { $times }
preview-fact-verified = Imethibitishwa: { $date }
preview-fact-evidence = Vyanzo: { $evidence }
preview-fact-country = Nchi: { $code }
preview-coverage-summary = Nchi na maeneo: { $total } · yenye namba za msaada: { $covered } · namba ya dharura pekee: { $uncovered }.
preview-coverage-pending = Inasoma tarehe za uthibitisho… zimebaki: { $count }.
preview-coverage-oldest = Uthibitisho wa zamani zaidi wa namba ya msaada: { $date }.
preview-coverage-legend = Safu zilizoangaziwa zina namba ya dharura pekee, bila namba ya msaada iliyochaguliwa.
preview-coverage-caption = Nchi na maeneo (panga kwa vitufe vya safu wima)
preview-column-code = Msimbo
preview-column-lines = Namba za msaada
preview-column-languages = Lugha
preview-column-emergency = Dharura
preview-column-verified = Uthibitisho wa zamani zaidi
preview-emergency-only = dharura pekee
preview-error-countries = Imeshindikana kupakia nchi ({ $error }).
preview-locales-summary = Lugha: { $total } · zilizokaguliwa na mzungumzaji asilia: { $reviewed }.
preview-locales-caption = Lugha zilizojumuishwa na hali ya ukaguzi wake
preview-column-native-name = Jina asilia
preview-column-direction = Mwelekeo
preview-column-review = Ukaguzi
preview-reviewed = Imekaguliwa
preview-not-reviewed = Haijakaguliwa
preview-error-locales = Imeshindikana kupakia lugha ({ $error }).
