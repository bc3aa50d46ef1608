### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: written to stand inside the [text] sentences below
##                (article, quotes or case as they need); label: only the
##                line's name, held as a label ("Name: …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format; "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Ce que vous traversez a l’air vraiment difficile. Merci de m’en avoir parlé. Vous n’avez pas à affronter cela sans soutien.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Vous pouvez joindre dès maintenant { $line_name } : { support-reach }.{ support-free }
               *[label] Vous pouvez joindre une ligne d’écoute dès maintenant. { $line_name } : { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Pour le moment, { $line_name } n’est pas joignable, mais le sera de nouveau { support-opens } : { support-reach }.{ support-free }
               *[label] Cette ligne d’écoute n’est pas joignable pour le moment, mais le sera de nouveau { support-opens }. { $line_name } : { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Vous pouvez joindre { $line_name } : { support-reach }.{ support-free }
               *[label] Voici une ligne d’écoute que vous pouvez joindre. { $line_name } : { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Vous trouverez une ligne d’écoute dans votre pays sur { $directory }.
               *[no] Vous pouvez aussi trouver une ligne d’écoute sur { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] aujourd’hui à { $opens_at }
        [tomorrow] demain à { $opens_at }
        [mon] lundi à { $opens_at }
        [tue] mardi à { $opens_at }
        [wed] mercredi à { $opens_at }
        [thu] jeudi à { $opens_at }
        [fri] vendredi à { $opens_at }
        [sat] samedi à { $opens_at }
        [sun] dimanche à { $opens_at }
       *[none] plus tard
    }

support-reach =
    { $reach ->
        [call] appelez le { $contact }
        [text] envoyez un SMS au { $contact }
        [chat] échangez par chat sur { $contact }
        [whatsapp] écrivez sur WhatsApp au { $contact }
       *[web] rendez-vous sur { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}C’est gratuit.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Si vous êtes en danger immédiat, contactez sans attendre les services d’urgence.
       *[other] Si vous êtes en danger immédiat, appelez le { $emergency } sans attendre.
    }

support-closing = En parler à une personne de confiance peut aussi aider. Des émotions aussi lourdes peuvent s’apaiser avec du soutien, et vous pouvez continuer à me parler.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = Dans quel pays êtes-vous ? Je pourrai alors vous indiquer une ligne d’écoute dans votre pays.

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
       *[other] Appeler le { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS au { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Chat en ligne{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Gratuit{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Ouvert 24 h/24, 7 j/7
        [open] Ouvert en ce moment, jusqu’à { $closes_at }{ summary-schedule }
        [closed] Fermé en ce moment, rouvre { summary-opens }{ summary-schedule }
       *[unknown] Horaires non indiqués
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] à { $opens_at }
        [tomorrow] demain à { $opens_at }
        [mon] lun. à { $opens_at }
        [tue] mar. à { $opens_at }
        [wed] mer. à { $opens_at }
        [thu] jeu. à { $opens_at }
        [fri] ven. à { $opens_at }
        [sat] sam. à { $opens_at }
        [sun] dim. à { $opens_at }
       *[none] plus tard
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(tous les jours, de { $from } à { $to })
        [days] {" "}(du { summary-first-day } au { summary-last-day }, de { $from } à { $to })
        [day] {" "}(le { summary-first-day }, de { $from } à { $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] lun.
        [tue] mar.
        [wed] mer.
        [thu] jeu.
        [fri] ven.
        [sat] sam.
       *[sun] dim.
    }
summary-last-day =
    { $last ->
        [mon] lun.
        [tue] mar.
        [wed] mer.
        [thu] jeu.
        [fri] ven.
        [sat] sam.
       *[sun] dim.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Aperçu de crisis-lookup
preview-heading = aperçu
preview-skip = Aller au contenu
preview-protocol-link = Comment ce service oriente les personnes vers de l’aide
preview-intro = Pour les mainteneurs et les intégrateurs : ce qu’afficherait un chatbot, construit uniquement avec l’API publique. Ne collez pas ici de vraies conversations.
preview-views = Vues
preview-tab-lookup = Recherche
preview-tab-coverage = Couverture
preview-tab-locales = Langues
preview-loading = Chargement…

## The lookup form.
preview-message = Message
preview-message-hint = Sert uniquement à détecter la langue.
preview-locale = Paramètres régionaux
preview-locale-none = — aucun —
preview-country = Pays
preview-country-unknown = — inconnu —
preview-topics = Thèmes
preview-topics-hint = Séparés par des virgules, par exemple : { $examples }
preview-channels = Canaux
preview-channel-phone = Téléphone
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Rechercher
preview-error-vocabularies = Impossible de charger les pays ou les langues ({ $error }).
preview-error-lookup = La recherche n’a pas abouti ({ $error }).

## The answer.
preview-chat-shows = Ce qu’affiche le chat
preview-raw-json = JSON brut
preview-meta-language = Langue : { $code } (d’après { $source })
preview-meta-country = Pays : { $code } (d’après { $source })
preview-meta-country-unknown = Pays : inconnu
preview-meta-locale = Paramètres régionaux : { $code }
preview-meta-lines = Lignes d’écoute : { $count }
preview-international = Annuaires internationaux

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Urgences :
preview-police = police
preview-ambulance = ambulance
preview-fire = pompiers
preview-open-now = Ouvert en ce moment
preview-closed-now = Fermé en ce moment
preview-hours-unknown = Horaires inconnus
preview-action-call = Appeler le { $number }
preview-action-text = SMS au { $number }
preview-action-chat = Chat
preview-action-website = Site web
preview-fact-languages = Langues : { $list }
preview-fact-languages-none = Langues : non indiquées
preview-fact-hours = Horaires : { $times }
preview-fact-checked = Vérifié auprès du service : { $date }
preview-fact-newest-source = Source la plus récente : { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Sources : le site de la ligne elle-même
preview-evidence-corroborated = Sources : deux éditeurs indépendants
preview-evidence-single = Sources : une seule liste
preview-evidence-conflict = Sources : contradictoires
preview-fact-country = Pays : { $code }

## The coverage tab.
preview-coverage-summary = Pays et territoires : { $total } · avec lignes d’écoute : { $covered } · numéro d’urgence seulement : { $uncovered }.
preview-coverage-age = Lignes dont la source la plus récente a plus de 24 mois : { $stale } sur { $total }.
preview-map-caption = Carte mondiale de la couverture
preview-map-line = Avec ligne d’écoute
preview-map-emergency = Numéro d’urgence seulement
preview-map-none = Absent des données
preview-coverage-legend = Les rangées surlignées n’ont qu’un numéro d’urgence, sans ligne d’écoute sélectionnée.
preview-coverage-caption = Pays et territoires (triez avec les boutons des colonnes)
preview-column-code = Code
preview-column-lines = Lignes d’écoute
preview-column-languages = Langues
preview-column-emergency = Urgences
preview-column-stale = Lignes aux sources anciennes
preview-emergency-only = urgences seulement
preview-error-countries = Impossible de charger les pays ({ $error }).

## The locales tab.
preview-locales-summary = Langues : { $total } · relues par une personne de langue maternelle : { $reviewed }.
preview-locales-caption = Langues fournies et état de leur relecture
preview-column-native-name = Nom dans la langue
preview-column-direction = Sens d’écriture
preview-column-review = Relecture
preview-reviewed = Relue
preview-not-reviewed = Non relue
preview-error-locales = Impossible de charger les langues ({ $error }).
