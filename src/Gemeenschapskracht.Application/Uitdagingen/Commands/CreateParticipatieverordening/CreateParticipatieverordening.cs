using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Uitdagingen.Dtos;
using Gemeenschapskracht.Application.Uitdagingen.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Uitdagingen;
using Mediator;

namespace Gemeenschapskracht.Application.Uitdagingen.Commands.CreateParticipatieverordening;

public sealed record VerordeningCriteriumInvoer
{
    public required string Naam { get; init; }

    public required string Toelichting { get; init; }
}

/// <summary>A new version of what the participatieverordening says about the uitdaagrecht; challenges submitted before keep theirs.</summary>
[Authorize(Roles = Roles.GemeenteBeheerder)]
public sealed record CreateParticipatieverordeningCommand : ICommand<ParticipatieverordeningDto>
{
    /// <summary>The verordening's title or place of publication.</summary>
    public required string Referentie { get; init; }

    public required DateOnly VastgesteldOp { get; init; }

    /// <summary>Weeks within which the gemeente decides whether a challenge is ontvankelijk.</summary>
    public required int OntvankelijkheidWeken { get; init; }

    /// <summary>Weeks from ontvankelijkheid to the decision.</summary>
    public required int BesluitWeken { get; init; }

    public required IReadOnlyList<VerordeningCriteriumInvoer> Criteria { get; init; }

    public required IReadOnlyList<string> UitgeslotenTaken { get; init; }
}

public sealed class CreateParticipatieverordeningValidator : AbstractValidator<CreateParticipatieverordeningCommand>
{
    public CreateParticipatieverordeningValidator()
    {
        RuleFor(c => c.Referentie).RequiredText("de verwijzing naar de participatieverordening", 300);
        RuleFor(c => c.OntvankelijkheidWeken).InclusiveBetween(1, 26).WithMessage("De termijn voor ontvankelijkheid is 1 tot en met 26 weken.");
        RuleFor(c => c.BesluitWeken).InclusiveBetween(1, 52).WithMessage("De termijn voor het besluit is 1 tot en met 52 weken.");
        RuleFor(c => c.Criteria).PresentList(20, "beoordelingscriteria");
        RuleForEach(c => c.Criteria).ChildRules(c =>
        {
            c.RuleFor(k => k.Naam).RequiredText("de naam van het criterium", 200);
            c.RuleFor(k => k.Toelichting).RequiredText("de toelichting op het criterium", 2000);
        });
        RuleFor(c => c.UitgeslotenTaken).PresentList(50, "uitgesloten taken");
        RuleForEach(c => c.UitgeslotenTaken).Must(t => !Tekst.IsBlank(t) && Tekst.IsSafe(t) && t.Length <= 200)
            .WithMessage("Een uitgesloten taak is een omschrijving van hoogstens 200 tekens, zonder stuurtekens.");
    }
}

public sealed class CreateParticipatieverordeningHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<CreateParticipatieverordeningCommand, ParticipatieverordeningDto>
{
    public async ValueTask<ParticipatieverordeningDto> Handle(CreateParticipatieverordeningCommand c, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var geldend = await db.GeldendeVerordeningAsync(now, cancellationToken);
        var verordening = new Participatieverordening(geldend.Versie + 1, c.Referentie, c.VastgesteldOp, c.OntvankelijkheidWeken, c.BesluitWeken,
            c.Criteria.Select(k => (k.Naam, k.Toelichting)).ToList(), c.UitgeslotenTaken, now);
        db.Set<Participatieverordening>().Add(verordening);
        await db.SaveChangesAsync(cancellationToken);
        return verordening.ToDto();
    }
}
