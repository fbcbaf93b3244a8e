using Marsad.Store.Analysis.Camps;

namespace Marsad.Store.Tests.Analysis;

/// <summary>Camps on hand-built networks whose right answer is known (Goldstein weights from data/analysis/tie_weights.tsv).</summary>
public sealed class CampAnalysisTests
{
    private static readonly TieWeights Weights = TestTables.Value.TieWeights;

    private static CampReport Run(EventSetBuilder b, CampWindow window = CampWindow.All, int seed = 1, int minEvents = 1) =>
        new CampAnalysis(Weights).Run(b.Set, new CampQuery(Window: window, Seed: seed, MinEvents: minEvents));

    private static HashSet<string>[] Camps(CampPeriod p) => p.Camps.Select(c => c.Members.Select(m => m.Actor.Name).ToHashSet()).ToArray();

    private static void AssertCamps(CampPeriod p, params string[][] expected)
    {
        var actual = Camps(p).Select(s => string.Join(",", s.Order())).Order().ToList();
        Assert.Equal(expected.Select(g => string.Join(",", g.Order())).Order().ToList(), actual);
    }

    [Fact]
    public void Two_clear_blocs_come_out_with_no_frustration_and_full_membership()
    {
        string[] west = ["Haftar", "Egypt", "UAE", "Russia"], east = ["GNA", "Turkey", "Qatar"];
        var b = new EventSetBuilder().Among("AID", west).Among("SUPPORT", east)
            .Between("ASSAULT", ["Haftar"], east).Between("ACCUSE", ["Egypt", "UAE"], ["Turkey"]).Event("THREATEN", "Turkey", "Russia");
        var p = Assert.Single(Run(b).Periods);
        AssertCamps(p, west, east);
        Assert.Equal(0, p.Frustration);
        Assert.Equal(1, p.Balance);
        Assert.All(p.Camps.SelectMany(c => c.Members), m => Assert.Equal(1, m.Strength));
        Assert.Equal("Haftar", p.Camps.Single(c => c.Members.Count == 4).Leader.Name);
    }

    [Fact]
    public void A_frustrated_triangle_keeps_the_cheapest_tie_frustrated_with_the_hand_computed_index()
    {
        // A–B aid (+0.7), B–C support (+0.35), A–C accusation (−0.2): one camp frustrates only the accusation;
        // splitting C off would frustrate 0.35, splitting A off 0.7 + 0 … so the index is 0.2 of 1.25.
        var b = new EventSetBuilder().Event("AID", "A", "B").Event("SUPPORT", "B", "C").Event("ACCUSE", "A", "C");
        var p = Assert.Single(Run(b).Periods);
        AssertCamps(p, ["A", "B", "C"]);
        Assert.Equal(0.2, p.Frustration, 6);
        Assert.Equal(1.25, p.TotalWeight, 6);
        Assert.Equal(1 - 0.2 / 1.25, p.Balance, 4);
        var a = p.Camps[0].Members.Single(m => m.Actor.Name == "A");
        Assert.Equal(0.7 / 0.9, a.Strength, 4);
        Assert.Single(p.Ties, t => t.Frustrated);
    }

    [Fact]
    public void The_frustration_index_of_a_given_partition_is_the_weight_of_disagreeing_ties()
    {
        var b = new EventSetBuilder().Event("AID", "A", "B").Event("SUPPORT", "B", "C").Event("ACCUSE", "A", "C").Event("ASSAULT", "C", "D");
        var net = SignedNetwork.Build(b.Events, Weights);
        int A = net.Actors.ToList().IndexOf(b.Id("A")), B = net.Actors.ToList().IndexOf(b.Id("B")), C = net.Actors.ToList().IndexOf(b.Id("C")), D = net.Actors.ToList().IndexOf(b.Id("D"));
        var camp = new int[4];
        camp[A] = 0; camp[B] = 1; camp[C] = 1; camp[D] = 1;   // A–B aid across (0.7), C–D assault inside (0.95)
        Assert.Equal(0.7 + 0.95, Frustration.Index(net, camp), 6);
        camp[D] = 2;                                            // now only A–B
        Assert.Equal(0.7, Frustration.Index(net, camp), 6);
    }

    [Fact]
    public void An_actor_tied_to_its_camp_only_by_a_shared_enemy_is_marked_by_opposition()
    {
        // X's only event is an attack on A2: it sides with B for the enemy they share, with no cooperation shown.
        var b = new EventSetBuilder().Event("AID", "A1", "A2").Event("AID", "B1", "B2").Event("ASSAULT", "B1", "A1").Event("ASSAULT", "X", "A2");
        var p = Assert.Single(Run(b).Periods);
        AssertCamps(p, ["A1", "A2"], ["B1", "B2", "X"]);
        Assert.Equal(["X"], p.Camps.SelectMany(c => c.Members).Where(m => m.ByOpposition).Select(m => m.Actor.Name));
    }

    [Fact]
    public void Actors_hostile_to_one_camp_only_side_with_its_enemies_not_in_a_camp_of_their_own()
    {
        // X and Y each accuse a member of A and have no other tie: any camp but A costs nothing, so the search may leave
        // them together with Z (hostile to both A and B, alone at no cost) in a camp no event holds together. They side
        // with B, the camp hostile to A, by opposition; Z stays alone; frustration is 0 either way.
        string[] a = ["A1", "A2", "A3"], b = ["B1", "B2", "B3"];
        var events = new EventSetBuilder().Event("ACCUSE", "Z", "A1").Event("ACCUSE", "Z", "B1").Event("ACCUSE", "X", "A2").Event("THREATEN", "Y", "A3")
            .Among("AID", a).Among("AID", b).Between("ASSAULT", ["A1", "A2"], ["B1", "B2"]);
        foreach (int seed in new[] { 1, 2, 3 })
        {
            var p = Assert.Single(Run(events, seed: seed).Periods);
            AssertCamps(p, a, [.. b, "X", "Y"], ["Z"]);
            Assert.Equal(0, p.Frustration);
            Assert.Equal(["X", "Y"], p.Camps.SelectMany(c => c.Members).Where(m => m.ByOpposition).Select(m => m.Actor.Name).Order());
        }
    }

    [Fact]
    public void A_camp_hostile_to_one_camp_only_joins_that_camps_enemies()
    {
        // Q funds M and N, and M and N attack A1: left as a camp of their own (the search may, at no cost: they have no tie
        // with B), they join B, the camp that shares their enemy. W, hostile to both A and B, stays apart; so does C, tied
        // to nothing but itself.
        string[] a = ["A1", "A2", "A3"], b = ["B1", "B2", "B3"], q = ["Q", "M", "N"], c = ["C1", "C2"];
        var events = new EventSetBuilder().Among("AID", q).Between("ASSAULT", ["M", "N"], ["A1"])
            .Event("ACCUSE", "W", "A2").Event("ACCUSE", "W", "B2").Among("AID", c)
            .Among("AID", a).Among("AID", b).Between("ASSAULT", ["A1", "A2"], ["B1", "B2"]);
        var net = SignedNetwork.Build(events.Events, Weights);
        string[][] start = [a, b, q, ["W"], c];
        var camp = new int[net.Count];
        for (int k = 0; k < start.Length; k++) foreach (var name in start[k]) camp[net.IndexOf(events.Id(name))] = k;
        double before = Frustration.Index(net, camp);

        CampPartitioner.JoinByOpposition(net, camp);

        int CampOf(string name) => camp[net.IndexOf(events.Id(name))];
        Assert.Equal([1, 1, 1, 1, 1, 1], b.Concat(q).Select(CampOf));
        Assert.Equal([0, 3, 4], new[] { "A1", "W", "C1" }.Select(CampOf));
        Assert.Equal(before, Frustration.Index(net, camp));
    }

    [Fact]
    public void An_index_extended_by_later_events_sums_as_one_built_from_all_and_the_first_still_answers_as_before()
    {
        var b = new EventSetBuilder().Event("AID", "A", "B", "2019-01-15").Event("ASSAULT", "A", "C", "2019-02-03")
            .Event("SUPPORT", "C", "D", "2019-02-20").Event("ACCUSE", "B", "D", "2019-03-01").Event("AGREE", "A", "B", date: "");
        var all = b.Set;
        var first = new ActorEventSet([.. all.Events.Take(2)], all.Actors);
        var index = CampIndex.Build(first, Weights);
        var before = Sums(index);
        var extended = index.Extend(all.Events.Skip(2), all.Actors, null);
        Assert.Equal(Sums(CampIndex.Build(all, Weights)), Sums(extended));
        Assert.Equal(before, Sums(index)); // February was copied, not changed in place
        Assert.Equal((new DateOnly(2019, 1, 15), new DateOnly(2019, 3, 1), 1), (extended.First!.Value, extended.Last!.Value, extended.Undated));
    }

    /// <summary>Tie sums of the whole index, of one month and of days within a month, as comparable text.</summary>
    private static string Sums(CampIndex index) => string.Join(" | ", new[]
    {
        index.Sum(null, null, true), index.Sum(new DateOnly(2019, 2, 1), new DateOnly(2019, 2, 28), false), index.Sum(new DateOnly(2019, 2, 10), new DateOnly(2019, 3, 5), false),
    }.Select(s => $"{s.Events}: " + string.Join(", ", s.Pairs.OrderBy(p => p.Key).Select(p => $"{p.Key.A}-{p.Key.B} {p.Value.Weight:F4} {p.Value.Cooperative}/{p.Value.Hostile}"))));

    [Fact]
    public void Three_planted_camps_are_recovered_through_noise()
    {
        string[][] camps = [["A1", "A2", "A3", "A4", "A5"], ["B1", "B2", "B3", "B4", "B5"], ["C1", "C2", "C3", "C4", "C5"]];
        var b = new EventSetBuilder();
        foreach (var c in camps) b.Among("COOPERATE", c).Among("SUPPORT", c);
        b.Between("ASSAULT", camps[0], camps[1]).Between("ACCUSE", camps[1], camps[2]).Between("THREATEN", camps[0], camps[2]);
        // Noise strong enough to flip two ties: A1–B1 net cooperative (0.5 + 0.5 + 0.7 − 0.95 = 0.75),
        // C2–C3 net hostile (0.6 + 0.35 − 2 × 0.95 = −0.95); a meeting across camps stays outweighed.
        b.Event("AGREE", "A1", "B1").Event("AGREE", "A1", "B1").Event("AID", "B1", "A1")
         .Event("ASSAULT", "C2", "C3").Event("ASSAULT", "C3", "C2").Event("CONSULT", "A2", "C4");
        var p = Assert.Single(Run(b).Periods);
        AssertCamps(p, camps);
        Assert.Equal(2, p.Ties.Count(t => t.Frustrated));
        Assert.Equal(0.75 + 0.95, p.Frustration, 6);
    }

    [Fact]
    public void A_defection_between_windows_is_reported_with_the_events_that_moved_the_actor()
    {
        string[] x = ["X1", "X2", "Defector"], y = ["Y1", "Y2", "Y3"];
        var b = new EventSetBuilder();
        foreach (var date in new[] { "2019-01-10", "2019-02-10", "2019-04-10", "2019-05-10" })
        {
            b.Among("SUPPORT", ["X1", "X2"], date).Among("SUPPORT", y, date).Between("ASSAULT", ["X1", "X2"], y, date);
        }
        b.Between("AID", ["Defector"], ["X1", "X2"], "2019-01-20").Between("ACCUSE", ["Defector"], y, "2019-02-20");
        int before = b.Events.Count;
        b.Between("COOPERATE", ["Defector"], y, "2019-04-20").Between("THREATEN", ["Defector"], ["X1"], "2019-05-20");
        var moving = b.Events.Skip(before).Select(e => e.Id).ToHashSet();

        var report = Run(b, CampWindow.Quarter);
        Assert.Equal(["2019-Q1", "2019-Q2"], report.Periods.Select(p => p.Period));
        AssertCamps(report.Periods[0], x, y);
        AssertCamps(report.Periods[1], ["X1", "X2"], [.. y, "Defector"]);
        var change = Assert.Single(report.Changes);
        Assert.Equal("Defector", change.Actor.Name);
        Assert.Equal("2019-Q2", change.Period);
        int xCamp = report.Periods[0].Camps.Single(c => c.Members.Any(m => m.Actor.Name == "X1")).Id;
        int yCamp = report.Periods[0].Camps.Single(c => c.Members.Any(m => m.Actor.Name == "Y1")).Id;
        Assert.Equal((xCamp, yCamp), (change.FromCamp, change.ToCamp));
        Assert.Equal(yCamp, report.Periods[1].Camps.Single(c => c.Members.Any(m => m.Actor.Name == "Y2")).Id); // ids are stable
        Assert.Equal(4, change.EventIds.Count);
        Assert.Subset(moving, change.EventIds.ToHashSet());
        // Strongest first, equal weights (cooperation and threat are both 0.6) in event order: the threat came last.
        Assert.Equal(b.Events.Single(e => e.Type == "THREATEN").Id, change.EventIds[^1]);
    }

    [Fact]
    public void Denied_and_hypothetical_events_make_no_tie_and_reported_ones_count_less()
    {
        var b = new EventSetBuilder().Event("ASSAULT", "A", "B", modality: "denied").Event("ASSAULT", "A", "C", modality: "hypothetical")
            .Event("AID", "A", "D", modality: "reported", confidence: 0.5);
        var net = SignedNetwork.Build(b.Events, Weights);
        var tie = Assert.Single(net.Ties);
        Assert.Equal(0.7 * 0.8 * 0.5, tie.Weight, 6);
        Assert.Equal(new[] { b.Id("A"), b.Id("D") }, net.Actors);
    }

    [Fact]
    public void Actors_below_the_minimum_number_of_events_are_left_out()
    {
        var b = new EventSetBuilder().Event("AID", "A", "B").Event("AID", "A", "B").Event("SUPPORT", "A", "C");
        var p = Assert.Single(Run(b, minEvents: 2).Periods);
        Assert.Equal(["A", "B"], p.Camps.SelectMany(c => c.Members).Select(m => m.Actor.Name).Order());
    }

    [Fact]
    public void Co_sources_of_one_event_are_allies()
    {
        var b = new EventSetBuilder().Event("ASSAULT", ["A", "B"], ["C"]);
        var net = SignedNetwork.Build(b.Events, Weights);
        var ab = net.Ties.Single(t => net.Actors[t.A] == b.Id("A") && net.Actors[t.B] == b.Id("B"));
        Assert.Equal(0.5 * 0.95, ab.Weight, 6);
        AssertCamps(Assert.Single(Run(b).Periods), ["A", "B"], ["C"]);
    }

    /// <summary>Random signed networks: one seed gives one partition whatever the order of the events, and no single move improves it.</summary>
    [Theory]
    [InlineData(11)]
    [InlineData(23)]
    [InlineData(37)]
    public void The_partition_is_deterministic_for_a_seed_and_locally_optimal(int graphSeed)
    {
        var rng = new Random(graphSeed);
        string[] types = ["AID", "SUPPORT", "COOPERATE", "AGREE", "ASSAULT", "ACCUSE", "THREATEN", "REJECT"];
        var b = new EventSetBuilder();
        for (int i = 0; i < 160; i++)
        {
            int s = rng.Next(30), t = rng.Next(30);
            if (s != t) b.Event(types[rng.Next(types.Length)], $"N{s}", $"N{t}", confidence: 0.5 + rng.NextDouble() / 2);
        }
        var events = b.Events.ToList();
        var net = SignedNetwork.Build(events, Weights);
        var first = new CampPartitioner(seed: 5).Partition(net);
        Assert.Equal(first, new CampPartitioner(seed: 5).Partition(net));
        var shuffled = events.ToArray();
        new Random(1).Shuffle(shuffled);
        Assert.Equal(first, new CampPartitioner(seed: 5).Partition(SignedNetwork.Build(shuffled, Weights)));

        double f = Frustration.Index(net, first);
        Assert.True(f <= Frustration.Index(net, new int[net.Count]) + 1e-9);
        Assert.True(f <= Frustration.Index(net, Enumerable.Range(0, net.Count).ToArray()) + 1e-9);
        int camps = first.Max() + 1;
        for (int v = 0; v < net.Count; v++)
            for (int c = 0; c <= camps; c++)
            {
                var moved = (int[])first.Clone();
                moved[v] = c;
                Assert.True(Frustration.Index(net, moved) >= f - 1e-9, $"moving node {v} to camp {c} lowers frustration");
            }
    }
}

public sealed class SeatsOfGovernmentTests
{
    private static IEnumerable<Marsad.Text.Data.LexiconLine> Lines(params string[] lines) =>
        Marsad.Text.Data.LexiconFile.Read("test.tsv", new StringReader(string.Join("\n", lines)));

    private static readonly Marsad.Store.Analysis.Camps.SeatsOfGovernment Seats = Marsad.Store.Analysis.Camps.SeatsOfGovernment.Load(
        Lines("Q3579\tcapital\tLOC\tطرابلس\tTripoli\tLY\tQ1016", "Q85\tcapital\tLOC\tالقاهرة\tCairo\tEG\tQ79", "Q32837\tregion\tLOC\tطرابلس\tTripoli\tLY\tQ1016"),
        Lines("@seats", "Q3579\tM:gna\t2016-03-30\t2021-03-14\twhy", "Q3579\t-\t2014-08-25\t2016-03-29\twhy"));

    [Theory]
    [InlineData("Q85", null, "Q79")]            // a capital stands for its state, whatever the day
    [InlineData("Q85", "2019-04-05", "Q79")]
    [InlineData("Q3579", "2019-04-05", "M:gna")] // a divided state's capital: the government that held it then
    [InlineData("Q3579", "2015-01-01", null)]    // held by no one the table names
    [InlineData("Q3579", "2012-01-01", "Q1016")] // before the division: the state
    [InlineData("Q3579", null, null)]            // no date: unknown
    [InlineData("Q32837", "2019-04-05", null)]   // not a capital
    public void A_capital_stands_for_the_government_seated_there_on_the_day(string kb, string? day, string? government) =>
        Assert.Equal(government, Seats.GovernmentOf(kb, day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Overlapping_holders_and_bad_dates_are_errors_naming_the_line()
    {
        var overlap = Assert.Throws<InvalidDataException>(() => Marsad.Store.Analysis.Camps.SeatsOfGovernment.Load(Lines(),
            Lines("@seats", "Q3579\tM:gna\t2016-03-30\t2021-03-14\twhy", "Q3579\tM:gnu\t2021-03-01\t2022-01-01\twhy")));
        Assert.Contains("test.tsv:3", overlap.Message);
        Assert.Throws<InvalidDataException>(() => Marsad.Store.Analysis.Camps.SeatsOfGovernment.Load(Lines(), Lines("@seats", "Q3579\tM:gna\t2021\t2016-01-01\twhy")));
    }
}

public sealed class AlignmentJoinsTests
{
    private static IEnumerable<Marsad.Text.Data.LexiconLine> Lines(params string[] lines) =>
        Marsad.Text.Data.LexiconFile.Read("test.tsv", new StringReader(string.Join("\n", lines)));

    private static RelationCount Role(string label, string objectType, int documents = 1, long objectId = 2) =>
        new(new EntityRef(1, "أردوغان", "Recep Tayyip Erdoğan", "PER", null), new EntityRef(objectId, "تركيا", "Turkey", objectType, null), "ROLE", label, documents);

    [Fact]
    public void A_person_joins_the_state_he_represents_or_the_force_he_commands_by_the_type_of_the_entity_joined()
    {
        var joins = Marsad.Store.Analysis.Camps.AlignmentJoins.Load(Lines("@joins", "ROLE\tpresident\tGPE", "ROLE\tcommander\tORG"));
        Assert.True(joins.Joins(Role("president", "GPE")));
        Assert.False(joins.Joins(Role("president", "ORG")));     // رئيس المخابرات: the head of a service, not of a state
        Assert.False(joins.Joins(Role("defence minister", "GPE")));
        Assert.False(joins.Joins(Role("commander", "GPE")));
        // Several: the one the most documents give.
        Assert.Equal(3, joins.Map([Role("president", "GPE", 1, 2), Role("president", "GPE", 4, 3)])[1].Object.Id);
    }

    [Fact]
    public void A_join_to_anything_but_an_organisation_or_a_state_is_an_error_naming_the_line()
    {
        var e = Assert.Throws<InvalidDataException>(() => Marsad.Store.Analysis.Camps.AlignmentJoins.Load(Lines("@joins", "ROLE\tpresident\tGPE", "ROLE\tpresident\tLOC")));
        Assert.Contains("test.tsv:3", e.Message);
    }
}
