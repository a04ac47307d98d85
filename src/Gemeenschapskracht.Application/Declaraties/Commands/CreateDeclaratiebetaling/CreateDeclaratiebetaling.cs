using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;
using Gemeenschapskracht.Domain.Organisaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Declaraties.Commands.CreateDeclaratiebetaling;

/// <summary>
/// The host's back office puts every approved declaratie of the groups it hosts that is in no batch yet in one payment
/// batch from the host's account. A group whose bank balance does not cover its declaraties stops the whole batch.
/// Two batches made at once never take the same declaratie (409).
/// </summary>
[Authorize(Roles = DeclaratieQueries.Beoordelaars)]
public sealed record CreateDeclaratiebetalingCommand : ICommand<DeclaratiebetalingDto>
{
    /// <summary>The host (the id of <c>/hostorganisaties/{id}</c>).</summary>
    public required Guid HostorganisatieId { get; init; }

    /// <summary>The day the bank is asked to pay: today or later.</summary>
    public required DateOnly Uitvoerdatum { get; init; }
}

public sealed class CreateDeclaratiebetalingValidator : AbstractValidator<CreateDeclaratiebetalingCommand>
{
    public CreateDeclaratiebetalingValidator() =>
        RuleFor(c => c.HostorganisatieId).NotEmpty().WithMessage("Kies de hostorganisatie.");
}

public sealed class CreateDeclaratiebetalingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateDeclaratiebetalingCommand, DeclaratiebetalingDto>
{
    public async ValueTask<DeclaratiebetalingDto> Handle(CreateDeclaratiebetalingCommand command, CancellationToken cancellationToken)
    {
        var host = await db.VindHostAsync(command.HostorganisatieId, cancellationToken);
        if (!user.IsInRole(Roles.Backoffice) || user.OrganisatieId != host.OrganisatieId)
            throw new NotFoundException("Deze hostorganisatie bestaat niet in deze gemeente.");
        var organisatie = await db.Set<Organisatie>().AsNoTracking().FirstAsync(o => o.Id == host.OrganisatieId, cancellationToken);
        var declaraties = await db.Set<Declaratie>()
            .Where(d => d.HostOrganisatieId == host.OrganisatieId && d.Status == DeclaratieStatus.Goedgekeurd && d.DeclaratiebetalingId == null)
            .OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var saldi = new List<Groepssaldo>();
        foreach (var administratieId in declaraties.Select(d => d.AdministratieId).Distinct())
        {
            var administratie = await db.Set<Administratie>().AsNoTracking().FirstAsync(a => a.Id == administratieId, cancellationToken);
            var groep = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == administratie.GroepId).Select(o => o.Naam).FirstAsync(cancellationToken);
            var totalen = Grootboek.PerRekening(await db.PostenAsync(administratieId, cancellationToken));
            var bank = totalen.TryGetValue(Rekeningschema.Bank, out var t) ? t.Saldo(administratie.Rekening(Rekeningschema.Bank)!) : Bedrag.Nul;
            saldi.Add(new Groepssaldo(administratieId, groep, bank));
        }
        var betaling = new Declaratiebetaling(host, organisatie.Tenaamstelling ?? organisatie.Naam, organisatie.Iban, command.Uitvoerdatum, declaraties, saldi,
            clock.GetUtcNow());
        db.Set<Declaratiebetaling>().Add(betaling);
        await db.SaveChangesAsync(cancellationToken);
        return betaling.ToDto();
    }
}
