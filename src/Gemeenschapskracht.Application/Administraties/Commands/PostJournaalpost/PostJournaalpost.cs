using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Commands.PostJournaalpost;

/// <summary>
/// The host's back office books an entry: its lines must balance, the accounts are the administratie's, the month is
/// open. A subsidy received names its beschikking (granted to the group, or to the host for the group). Booked, it
/// never changes: a mistake is reversed.
/// </summary>
[Authorize(Roles = AdministratieQueries.Boekhouders)]
public sealed record PostJournaalpostCommand : ICommand<JournaalpostDto>, IMetJournaalregels
{
    [JsonIgnore]
    public Guid AdministratieId { get; init; }

    public required DateOnly Boekdatum { get; init; }

    public required string Omschrijving { get; init; }

    /// <summary>At least two lines; together the debits equal the credits.</summary>
    public required IReadOnlyList<JournaalregelInvoer> Regels { get; init; }

    /// <summary>For a subsidy received: the beschikking it is paid under.</summary>
    public Guid? BeschikkingId { get; init; }
}

public sealed class PostJournaalpostValidator : AbstractValidator<PostJournaalpostCommand>
{
    public PostJournaalpostValidator()
    {
        RuleFor(c => c.Omschrijving).RequiredText("de omschrijving van de journaalpost", 200);
        this.AddRegelRules();
        RuleFor(c => c.BeschikkingId).NotEqual(Guid.Empty).WithMessage("Kies de beschikking of laat haar weg.");
    }
}

[Regel(Regelcatalogus.G4)]
public sealed class PostJournaalpostHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PostJournaalpostCommand, JournaalpostDto>
{
    public async ValueTask<JournaalpostDto> Handle(PostJournaalpostCommand command, CancellationToken cancellationToken)
    {
        var administratie = await db.GehosteAdministraties(user).VindAsync(command.AdministratieId, cancellationToken);
        if (command.BeschikkingId is { } beschikkingId)
        {
            var beschikking = await db.Set<Beschikking>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == beschikkingId, cancellationToken)
                ?? throw new DomainException("Deze beschikking bestaat niet in deze gemeente.");
            if (beschikking.Soort != BesluitSoort.Verlening)
                throw new DomainException($"Beschikking {beschikking.Kenmerk} is een weigering; daaronder wordt geen subsidie ontvangen.");
            if (beschikking.OrganisatieId != administratie.GroepId && beschikking.OrganisatieId != administratie.HostOrganisatieId)
                throw new DomainException($"Beschikking {beschikking.Kenmerk} is niet verleend aan deze groep of haar host.");
        }
        var post = administratie.Boek(command.Boekdatum, command.Omschrijving, command.Regels.Select(r => r.ToRegel()).ToList(), command.BeschikkingId,
            user.Weergavenaam, clock.GetUtcNow());
        db.Set<Journaalpost>().Add(post);
        await db.SaveChangesAsync(cancellationToken);
        return (await db.ToDtosAsync(administratie, [post], cancellationToken))[0];
    }
}
