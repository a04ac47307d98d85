using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;

namespace Gemeenschapskracht.UnitTests.Domain.Administraties;

/// <summary>Hosts (penvoerders, R5.1, R5.6): a welzijnsorganisatie or a foundation with a legal entity, whose own costs are budgeted and shown.</summary>
public sealed class HostorganisatieTests
{
    private static readonly DateTimeOffset Now = new(2027, 4, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void R5_6_a_host_is_a_welzijnsorganisatie_or_a_foundation_with_a_legal_entity()
    {
        Assert.Throws<DomainException>(() => new Hostorganisatie(new Organisatie("Buurtgroep", OrganisatieSoort.Bewonersgroep, Rechtsvorm.Informeel, null, Now), "Boeken", true, [], Now));
        Assert.Throws<DomainException>(() => new Hostorganisatie(new Organisatie("Corporatie", OrganisatieSoort.Woningcorporatie, Rechtsvorm.Vereniging, null, Now), "Boeken", true, [], Now));
        var stopt = new Organisatie("Welzijn", OrganisatieSoort.Welzijnsorganisatie, Rechtsvorm.Vereniging, null, Now);
        stopt.Stop(Now);
        Assert.Throws<DomainException>(() => new Hostorganisatie(stopt, "Boeken", true, [], Now));

        Assert.NotNull(new Hostorganisatie(new Organisatie("Stichting Buurtboekhouding", OrganisatieSoort.Overig, Rechtsvorm.Stichting, "90000003", Now), "Boeken", true, [], Now));
        Assert.NotNull(new Hostorganisatie(AdministratieTests.Welzijn(), "Boeken", true, [], Now));
    }

    [Fact]
    public void R5_1_a_host_budgets_its_own_costs_once_a_year_explained_and_not_below_zero()
    {
        var host = AdministratieTests.Host();

        Assert.Throws<DomainException>(() => host.Wijzig("Boeken", true, [new(2027, new Bedrag(1_00), "a"), new(2027, new Bedrag(2_00), "b")], Now));
        Assert.Throws<DomainException>(() => host.Wijzig("Boeken", true, [new(2027, new Bedrag(-1_00), "a")], Now));
        Assert.Throws<DomainException>(() => host.Wijzig("Boeken", true, [new(2027, new Bedrag(1_00), " ")], Now));
        Assert.Throws<DomainException>(() => host.Wijzig(" ", true, [], Now));
        Assert.Equal(12_000_00, host.KostenIn(2027).Eurocent);

        host.Wijzig("Boeken en betalen", false, [new(2028, new Bedrag(13_000_00), "Boekhouder"), new(2027, new Bedrag(12_500_00), "Boekhouder")], Now);
        Assert.Equal([2027, 2028], host.Kosten.Select(k => k.Jaar));
        Assert.Equal((12_500_00L, 0L, false), (host.KostenIn(2027).Eurocent, host.KostenIn(2029).Eurocent, host.NietCommercieel));
    }
}
