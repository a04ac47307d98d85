using System.Text.Json.Serialization;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Gemeenschapskracht.Domain.Administraties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Declaraties.Commands.ExecuteDeclaratiebetaling;

/// <summary>
/// Records that the bank executed the batch: every declaratie in it is paid and booked in its group's administratie
/// (the cost account debit, the bank credit) on that day, in an open month; the submitters are told.
/// </summary>
[Authorize(Roles = DeclaratieQueries.Beoordelaars)]
[NoValidator("The route id and a date; the JSON binding checks the date, the batch that it is not in the future and the administratie that its month is open.")]
public sealed record ExecuteDeclaratiebetalingCommand : ICommand<DeclaratiebetalingDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required DateOnly UitgevoerdOp { get; init; }
}

public sealed class ExecuteDeclaratiebetalingHandler(IApplicationDbContext db, ICurrentUser user, Ontvangers ontvangers, IEmailSender mail, IAppLinks links,
    TimeProvider clock) : ICommandHandler<ExecuteDeclaratiebetalingCommand, DeclaratiebetalingDto>
{
    public async ValueTask<DeclaratiebetalingDto> Handle(ExecuteDeclaratiebetalingCommand command, CancellationToken cancellationToken)
    {
        var betaling = await db.GehosteBetalingen(user).VindAsync(command.Id, cancellationToken);
        var administratieIds = betaling.Overboekingen.Select(o => o.AdministratieId).Distinct().ToList();
        var declaraties = await db.DeclaratiesVanAsync(betaling, cancellationToken);
        var administraties = await db.Set<Administratie>().Where(a => administratieIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var posten = betaling.MarkeerUitgevoerd(command.UitgevoerdOp, declaraties, administraties, user.Weergavenaam, clock.GetUtcNow());
        db.Set<Journaalpost>().AddRange(posten);
        await db.SaveChangesAsync(cancellationToken);
        var meldingen = new DeclaratieMeldingen(ontvangers, mail, links);
        foreach (var declaratie in declaraties)
            await meldingen.AanIndienerAsync(declaratie, cancellationToken);
        return betaling.ToDto();
    }
}
