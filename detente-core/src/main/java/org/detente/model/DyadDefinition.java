package org.detente.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything that exists for a dyad before the ledger speaks of it: the names of the two
 * countries, the tracks, missions, channels, air links and external conditions. Ids are unique
 * within each kind, and every mission, channel and air link is between the dyad's two countries.
 */
public record DyadDefinition(Dyad dyad, List<CountryName> countries, List<Track> tracks, List<Mission> missions,
                             List<Channel> channels, List<AirLink> airLinks, List<Condition> conditions) {
    public DyadDefinition {
        Objects.requireNonNull(dyad, "dyad is required");
        countries = List.copyOf(countries);
        tracks = List.copyOf(tracks);
        missions = List.copyOf(missions);
        channels = List.copyOf(channels);
        airLinks = List.copyOf(airLinks);
        conditions = List.copyOf(conditions);
        for (CountryName name : countries) {
            if (!dyad.includes(name.country())) {
                throw new IllegalArgumentException("country " + name.country() + " is not a party of " + dyad);
            }
        }
        for (Mission mission : missions) {
            if (!dyad.includes(mission.sending()) || !dyad.includes(mission.host())) {
                throw new IllegalArgumentException("mission " + mission.id() + " is not between the parties of " + dyad);
            }
        }
        requireUnique(tracks, "track");
        requireUnique(missions, "mission");
        requireUnique(channels, "channel");
        requireUnique(airLinks, "air link");
        requireUnique(conditions, "condition");
    }

    private static void requireUnique(List<? extends Definition> items, String what) {
        Map<String, Definition> seen = new LinkedHashMap<>();
        for (Definition item : items) {
            if (seen.put(item.key(), item) != null) {
                throw new IllegalArgumentException(what + " id '" + item.key() + "' is defined twice");
            }
        }
    }

    /**
     * The dyad's title, its parties' names in the dyad's order joined by an en dash
     * ("United States – Russia"): the one way every face names the pair.
     */
    public String title() {
        return nameOf(dyad.first()) + " – " + nameOf(dyad.second());
    }

    /** The name to show for a party, or its code when the dataset gives none. */
    public String nameOf(Country country) {
        return countries.stream().filter(c -> c.country().equals(country)).map(CountryName::name)
                .findFirst().orElse(country.code());
    }

    public Optional<Mission> mission(MissionId id) {
        return find(missions, Mission::id, id);
    }

    public Optional<Channel> channel(ChannelId id) {
        return find(channels, Channel::id, id);
    }

    public Optional<AirLink> airLink(AirLinkId id) {
        return find(airLinks, AirLink::id, id);
    }

    public Optional<Track> track(TrackId id) {
        return find(tracks, Track::id, id);
    }

    public Optional<Condition> condition(ConditionId id) {
        return find(conditions, Condition::id, id);
    }

    /** The missions that {@code sending} keeps in the other country. */
    public List<Mission> missionsOf(Country sending) {
        List<Mission> result = new ArrayList<>();
        for (Mission mission : missions) {
            if (mission.sending().equals(sending)) {
                result.add(mission);
            }
        }
        return result;
    }

    private static <T, K> Optional<T> find(List<T> items, Function<T, K> key, K wanted) {
        for (T item : items) {
            if (key.apply(item).equals(wanted)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
