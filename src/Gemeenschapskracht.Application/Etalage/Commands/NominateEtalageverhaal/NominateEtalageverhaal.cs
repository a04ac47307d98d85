using FluentValidation;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Etalage.Dtos;
using Gemeenschapskracht.Application.Etalage.Shared;
using Gemeenschapskracht.Domain.Etalage;
using Mediator;

namespace Gemeenschapskracht.Application.Etalage.Commands.NominateEtalageverhaal;

/// <summary>
/// Nominates a story for the etalage (R6.4): residents, professionals, panel members, raadsleden or the gemeente
/// itself. The gemeente curates: it is mailed, and publishes only with the initiative's consent.
/// </summary>
[Authorize(Roles = EtalageRollen.Nominators)]
public sealed record NominateEtalageverhaalCommand : ICommand<EtalageverhaalDto>, IEtalagevelden
{
    public required string Titel { get; init; }

    public required string Verhaal { get; init; }

    public required string Lessen { get; init; }

    public required string Contact { get; init; }

    public required Herkomst Herkomst { get; init; }

    public required Guid? OrganisatieId { get; init; }

    public required Guid? WijkId { get; init; }

    /// <summary>Photos are added once the story exists (its files are placed under it); a nomination sends none.</summary>
    public IReadOnlyList<Etalagefoto> Fotos { get; init; } = [];
}

public sealed class NominateEtalageverhaalValidator : AbstractValidator<NominateEtalageverhaalCommand>
{
    public NominateEtalageverhaalValidator()
    {
        this.AddEtalageRules();
        RuleFor(c => c.Fotos).Must(f => f is null || f.Count == 0).WithMessage("Foto's voegt u toe nadat het verhaal is genomineerd.");
    }
}

public sealed class NominateEtalageverhaalHandler(IApplicationDbContext db, ICurrentUser user, Ontvangers ontvangers, IEmailSender mail, IAppLinks links,
    TimeProvider clock) : ICommandHandler<NominateEtalageverhaalCommand, EtalageverhaalDto>
{
    public async ValueTask<EtalageverhaalDto> Handle(NominateEtalageverhaalCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureBestaandAsync(command, cancellationToken);
        var door = user.UserId ?? throw new ForbiddenAccessException("Nomineren doet een persoon, geen systeem.");
        var verhaal = new Etalageverhaal(command.Inhoud(), door, clock.GetUtcNow());
        db.Set<Etalageverhaal>().Add(verhaal);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var adres in await ontvangers.MetRollenAsync([Roles.GemeenteBeheerder, Roles.Beleidsmedewerker], cancellationToken))
            await mail.SendAsync(adres, $"Genomineerd voor de etalage: {verhaal.Titel}",
                $"Er is een verhaal genomineerd voor de etalage van de gemeente:\n\n{verhaal.Titel}\n\n" +
                "Vraag het initiatief om toestemming, voeg eventueel foto's toe (met toestemming) en publiceer het.\n" +
                $"{links.Pagina($"/etalage/{verhaal.Id}")}\n", cancellationToken);
        return await db.ToDtoAsync(verhaal, user, cancellationToken);
    }
}
