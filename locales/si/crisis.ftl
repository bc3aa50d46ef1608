### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: ඔබ, with the gentle spoken verb forms public services use in
### messages. No case ending is ever glued to a placeable.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name stands in its base form, before the separate
## word සමඟ or as the subject ("සීසීසීලයින් 1333 මේ වෙලාවේ වහලා").

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = ඔබ මේ තරම් අමාරු කාලයක් ගත කරනවා කියලා දැනගත්තම මට ඇත්තටම දුකයි. ඒ ගැන මට කිව්වට ස්තූතියි. මේකට ඔබ තනියම මුහුණ දෙන්න ඕනෑ නැහැ.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] ඔබට දැන්ම { $line_name } සමඟ සම්බන්ධ වෙන්න පුළුවන්: { support-reach }.{ support-free }
               *[label] ඔබට දැන්ම සම්බන්ධ වෙන්න පුළුවන් සහාය සේවාවක් මෙන්න. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } මේ වෙලාවේ වහලා; { support-opens } නැවත විවෘත වෙනවා: { support-reach }.{ support-free }
               *[label] මේ සහාය සේවාව මේ වෙලාවේ වහලා; { support-opens } නැවත විවෘත වෙනවා. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] ඔබට { $line_name } සමඟ සම්බන්ධ වෙන්න පුළුවන්: { support-reach }.{ support-free }
               *[label] ඔබට සම්බන්ධ වෙන්න පුළුවන් සහාය සේවාවක් මෙන්න. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] ඔබේ රටේ සහාය සේවාවක් { $directory } වෙබ් අඩවියෙන් සොයාගන්න පුළුවන්.
               *[no] සහාය සේවාවක් { $directory } වෙබ් අඩවියෙනුත් සොයාගන්න පුළුවන්.
            }
    }

## When a closed line opens again: the day, then the time ("from 09:00").
support-opens =
    { $opens_day ->
        [today] අද { $opens_at } සිට
        [tomorrow] හෙට { $opens_at } සිට
        [mon] සඳුදා { $opens_at } සිට
        [tue] අඟහරුවාදා { $opens_at } සිට
        [wed] බදාදා { $opens_at } සිට
        [thu] බ්‍රහස්පතින්දා { $opens_at } සිට
        [fri] සිකුරාදා { $opens_at } සිට
        [sat] සෙනසුරාදා { $opens_at } සිට
        [sun] ඉරිදා { $opens_at } සිට
       *[none] පසුව
    }

support-reach =
    { $reach ->
        [call] { $contact } අමතන්න
        [text] { $contact } අංකයට SMS එකක් යවන්න
        [chat] { $contact } වෙබ් අඩවියේ ඔන්ලයින් චැට් එකෙන් කතා කරන්න
        [whatsapp] WhatsApp හරහා { $contact } අංකයට පණිවිඩයක් යවන්න
       *[web] { $contact } වෙබ් අඩවියට යන්න
    }

support-free =
    { $free ->
        [yes] {" "}මේ සේවාවට ගාස්තුවක් නැහැ.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] ඔබේ ජීවිතයට මේ මොහොතේම අනතුරක් තියෙනවා නම්, කරුණාකර වහාම පොලිසිය හෝ ගිලන් රථ සේවාව අමතන්න.
       *[other] ඔබේ ජීවිතයට මේ මොහොතේම අනතුරක් තියෙනවා නම්, වහාම { $emergency } අමතන්න.
    }

support-closing = ඔබ විශ්වාස කරන කෙනෙකු සමඟ කතා කිරීමත් උදව්වක් වෙන්න පුළුවන්. මේ තරම් බර හැඟීම් වුණත් සහාය ලැබෙනකොට සැහැල්ලු වෙන්න පුළුවන්, ඒ වගේම ඔබට දිගටම මා සමඟ කතා කරන්න පුළුවන්.

## The question asked when we do not know the person's country; the
## message above then only names the directory.
ask-country = ඔබ සිටින්නේ කුමන රටේද? එතකොට ඔබේ රටේ සහාය සේවාවක් මට පෙන්වන්න පුළුවන්.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] දුරකථන: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] ඔන්ලයින් චැට්{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] නොමිලේ{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] පැය 24 පුරාම, සතියේ සෑම දිනකම විවෘතයි
        [open] දැන් විවෘතයි, { $closes_at } දක්වා{ summary-schedule }
        [closed] දැන් වසා ඇත, { summary-opens } විවෘතයි{ summary-schedule }
       *[unknown] විවෘත වේලාවන් සඳහන් කර නැත
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] අද { $opens_at } සිට
        [tomorrow] හෙට { $opens_at } සිට
        [mon] සඳුදා { $opens_at } සිට
        [tue] අඟහ. { $opens_at } සිට
        [wed] බදාදා { $opens_at } සිට
        [thu] බ්‍රහස්. { $opens_at } සිට
        [fri] සිකු. { $opens_at } සිට
        [sat] සෙන. { $opens_at } සිට
        [sun] ඉරිදා { $opens_at } සිට
       *[none] පසුව
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(දිනපතා { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] සඳුදා
        [tue] අඟහ.
        [wed] බදාදා
        [thu] බ්‍රහස්.
        [fri] සිකු.
        [sat] සෙන.
       *[sun] ඉරිදා
    }
summary-last-day =
    { $last ->
        [mon] සඳුදා
        [tue] අඟහ.
        [wed] බදාදා
        [thu] බ්‍රහස්.
        [fri] සිකු.
        [sat] සෙන.
       *[sun] ඉරිදා
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup පෙරදසුන
preview-heading = පෙරදසුන
preview-skip = ප්‍රධාන අන්තර්ගතයට යන්න
preview-protocol-link = මේ සේවාව මිනිසුන් උදව් වෙත යොමු කරන ආකාරය
preview-intro = නඩත්තු කරන්නන් සහ තම පද්ධතිවලට සම්බන්ධ කරන්නන් සඳහා: පොදු API එක පමණක් භාවිත කර, චැට්බොට් එකක් පෙන්වන දේ. සැබෑ සංවාද මෙහි අලවන්න එපා.
preview-views = දසුන්
preview-tab-lookup = සෙවීම
preview-tab-coverage = ආවරණය
preview-tab-locales = භාෂා
preview-loading = පූරණය වෙමින්…

## The lookup form.
preview-message = පණිවිඩය
preview-message-hint = භාෂාව හඳුනාගැනීමට පමණක් භාවිත වේ.
preview-locale = භාෂා සැකසුම
preview-locale-none = — නැත —
preview-country = රට
preview-country-unknown = — නොදන්නා —
preview-topics = මාතෘකා
preview-topics-hint = කොමාවලින් වෙන් කර, උදාහරණයක් ලෙස: { $examples }
preview-channels = සම්බන්ධ වන ක්‍රම
preview-channel-phone = දුරකථනය
preview-channel-sms = SMS
preview-channel-chat = චැට්
preview-submit = සොයන්න
preview-error-vocabularies = රටවල් හෝ භාෂා සැකසුම් පූරණය කළ නොහැකි විය ({ $error }).
preview-error-lookup = සෙවීම අසාර්ථක විය ({ $error }).

## The answer.
preview-chat-shows = චැට් එකේ පෙන්වන දේ
preview-raw-json = මුල් JSON
preview-meta-language = භාෂාව: { $code } (මූලාශ්‍රය: { $source })
preview-meta-country = රට: { $code } (මූලාශ්‍රය: { $source })
preview-meta-country-unknown = රට: නොදන්නා
preview-meta-locale = භාෂා සැකසුම: { $code }
preview-meta-lines = සහාය සේවා: { $count }
preview-international = ජාත්‍යන්තර නාමාවලි

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = හදිසි අවස්ථා:
preview-police = පොලිසිය
preview-ambulance = ගිලන් රථ
preview-fire = ගිනි නිවන සේවාව
preview-open-now = දැන් විවෘතයි
preview-closed-now = දැන් වසා ඇත
preview-hours-unknown = වේලාවන් නොදන්නා
preview-action-call = අමතන්න: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = චැට්
preview-action-website = වෙබ් අඩවිය
preview-fact-languages = භාෂා: { $list }
preview-fact-languages-none = භාෂා: සඳහන් කර නැත
preview-fact-hours = වේලාවන්: { $times }
preview-fact-checked = සේවාව සපයන ආයතනය සමඟ තහවුරු කළේ: { $date }
preview-fact-newest-source = නවතම මූලාශ්‍රය: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = සාක්ෂි: සේවාවේම වෙබ් පිටුව
preview-evidence-corroborated = සාක්ෂි: ස්වාධීන ප්‍රකාශකයන් දෙදෙනෙක්
preview-evidence-single = සාක්ෂි: එක් ලැයිස්තුවක් පමණි
preview-evidence-conflict = සාක්ෂි: මූලාශ්‍ර එකිනෙකට නොගැළපේ
preview-fact-country = රට: { $code }

## The coverage tab.
preview-coverage-summary = රටවල් සහ ප්‍රදේශ: { $total } · සහාය සේවා ඇති: { $covered } · හදිසි අංකය පමණක් ඇති: { $uncovered }.
preview-coverage-age = නවතම මූලාශ්‍රය මාස 24කට වඩා පැරණි සේවා: මුළු { $total } අතරින් { $stale }.
preview-map-caption = ආවරණය පෙන්වන ලෝක සිතියම
preview-map-line = සහාය සේවාවක් ඇත
preview-map-emergency = හදිසි අංකය පමණි
preview-map-none = දත්ත කට්ටලයේ නැත
preview-coverage-legend = ඉස්මතු කළ පේළිවල ඇත්තේ හදිසි අංකයක් පමණි; තෝරාගත් සහාය සේවාවක් නැත.
preview-coverage-caption = රටවල් සහ ප්‍රදේශ (තීරුවල බොත්තම්වලින් පිළිවෙළ වෙනස් කරන්න)
preview-column-code = කේතය
preview-column-lines = සහාය සේවා
preview-column-languages = භාෂා
preview-column-emergency = හදිසි අංකය
preview-column-stale = පැරණි මූලාශ්‍ර ඇති සේවා
preview-emergency-only = හදිසි අංකය පමණි
preview-error-countries = රටවල් පූරණය කළ නොහැකි විය ({ $error }).

## The locales tab.
preview-locales-summary = භාෂා සැකසුම්: { $total } · මව් භාෂාව කතා කරන කෙනෙකු පරීක්ෂා කළ: { $reviewed }.
preview-locales-caption = ඇතුළත් භාෂා සැකසුම් සහ ඒවායේ පරීක්ෂා තත්ත්වය
preview-column-native-name = එම භාෂාවෙන්ම නම
preview-column-direction = ලිවීමේ දිශාව
preview-column-review = පරීක්ෂාව
preview-reviewed = පරීක්ෂා කර ඇත
preview-not-reviewed = පරීක්ෂා කර නැත
preview-error-locales = භාෂා සැකසුම් පූරණය කළ නොහැකි විය ({ $error }).
