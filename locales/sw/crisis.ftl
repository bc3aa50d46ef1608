### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: as in locales/en/crisis.ftl.
##   $name_form  text: $line_name is the line's Swahili name as it stands
##               after "na" (kuwasiliana na Huduma ya Simu kwa Mtoto); no
##               verb agrees with it. label: only the line's name, held as
##               a label ("name: …").
##   $opens_at   arrives in the Swahili clock with its period of the day
##               ("saa 3 asubuhi"), so no "saa" is added around it; the same
##               holds for $closes_at, $from and $to.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Pole sana kwa yote unayopitia, na nafurahi kwamba umeniambia. Huhitaji kukabiliana na hili peke yako.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Unaweza kuwasiliana na { $line_name } sasa hivi: { support-reach }.{ support-free }
               *[label] Unaweza kupata huduma ya msaada sasa hivi. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Kwa sasa huduma imefungwa; utaweza kuwasiliana na { $line_name } tena { support-opens }: { support-reach }.{ support-free }
               *[label] Huduma hii imefungwa kwa sasa na itafunguliwa tena { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Unaweza kuwasiliana na { $line_name }: { support-reach }.{ support-free }
               *[label] Hii ni huduma ya msaada unayoweza kuwasiliana nayo. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Unaweza kupata simu ya msaada katika nchi yako kupitia { $directory }.
               *[no] Unaweza pia kupata simu ya msaada kupitia { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
## $opens_at already reads "saa 3 asubuhi".
support-opens =
    { $opens_day ->
        [today] leo { $opens_at }
        [tomorrow] kesho { $opens_at }
        [mon] Jumatatu { $opens_at }
        [tue] Jumanne { $opens_at }
        [wed] Jumatano { $opens_at }
        [thu] Alhamisi { $opens_at }
        [fri] Ijumaa { $opens_at }
        [sat] Jumamosi { $opens_at }
        [sun] Jumapili { $opens_at }
       *[none] baadaye
    }

support-reach =
    { $reach ->
        [call] piga simu kwa namba { $contact }
        [text] tuma SMS kwa namba { $contact }
        [chat] piga gumzo mtandaoni kupitia { $contact }
        [whatsapp] tuma ujumbe wa WhatsApp kwa namba { $contact }
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

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = Uko nchi gani? Kisha naweza kukuonyesha simu ya msaada katika nchi yako.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [open] Wazi sasa hadi { $closes_at }{ summary-schedule }
        [closed] Imefungwa sasa, itafunguliwa { summary-opens }{ summary-schedule }
       *[unknown] Saa za huduma hazijatajwa
    }

## When a closed line opens again, short. $opens_at already reads
## "saa 3 asubuhi".
summary-opens =
    { $opens_day ->
        [today] { $opens_at }
        [tomorrow] kesho { $opens_at }
        [mon] Jumatatu { $opens_at }
        [tue] Jumanne { $opens_at }
        [wed] Jumatano { $opens_at }
        [thu] Alhamisi { $opens_at }
        [fri] Ijumaa { $opens_at }
        [sat] Jumamosi { $opens_at }
        [sun] Jumapili { $opens_at }
       *[none] baadaye
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(kila siku, { $from } hadi { $to })
        [days] {" "}({ summary-first-day } hadi { summary-last-day }, { $from } – { $to })
        [day] {" "}({ summary-first-day }, { $from } hadi { $to })
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
preview-protocol-link = Jinsi huduma hii inavyowaelekeza watu kwenye msaada
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
preview-meta-lines = Simu za msaada: { $count }
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
preview-fact-checked = Imethibitishwa na mtoa huduma: { $date }
preview-fact-newest-source = Chanzo kipya zaidi: { $date }
preview-evidence-provider = Ushahidi: ukurasa wa huduma yenyewe
preview-evidence-corroborated = Ushahidi: wachapishaji wawili huru
preview-evidence-single = Ushahidi: orodha moja
preview-evidence-conflict = Ushahidi: vyanzo vinatofautiana
preview-fact-country = Nchi: { $code }
preview-coverage-summary = Nchi na maeneo: { $total } · yenye simu za msaada: { $covered } · namba ya dharura pekee: { $uncovered }.
preview-coverage-age = Simu za msaada ambazo chanzo chake kipya zaidi kina zaidi ya miezi 24: { $stale } kati ya { $total }.
preview-map-caption = Ramani ya dunia ya upatikanaji
preview-map-line = Ina simu ya msaada
preview-map-emergency = Namba ya dharura pekee
preview-map-none = Haimo kwenye data
preview-coverage-legend = Safu zilizoangaziwa zina namba ya dharura pekee, bila simu ya msaada iliyochaguliwa.
preview-coverage-caption = Nchi na maeneo (panga kwa vitufe vya safu wima)
preview-column-code = Msimbo
preview-column-lines = Simu za msaada
preview-column-languages = Lugha
preview-column-emergency = Dharura
preview-column-stale = Simu za msaada zenye vyanzo vya zamani
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
