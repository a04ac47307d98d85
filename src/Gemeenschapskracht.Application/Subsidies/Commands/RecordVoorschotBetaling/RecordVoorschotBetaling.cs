using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.RecordVoorschotBetaling;

/// <summary>
/// Records a voorschot paid outside a payment batch (e.g. by hand from the financial system): the day and the bank's
/// reference. Refused for a year still under begrotingsvoorbehoud (Awb 4:34), twice, or while it is in a batch.
/// </summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
public sealed record RecordVoorschotBetalingCommand : ICommand<BeschikkingDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int Nummer { get; init; }

    public required DateOnly BetaaldOp { get; init; }

    /// <summary>The reference of the payment as the bank statement shows it.</summary>
    public required string Kenmerk { get; init; }
}

public sealed class RecordVoorschotBetalingValidator : AbstractValidator<RecordVoorschotBetalingCommand>
{
    public RecordVoorschotBetalingValidator() => RuleFor(c => c.Kenmerk).RequiredText("het kenmerk van de betaling", 35);
}

public sealed class RecordVoorschotBetalingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordVoorschotBetalingCommand, BeschikkingDto>
{
    public async ValueTask<BeschikkingDto> Handle(RecordVoorschotBetalingCommand command, CancellationToken cancellationToken)
    {
        var beschikking = await db.ZichtbareBeschikkingen(user).VindAsync(command.Id, cancellationToken);
        var budget = await db.BudgetVanAsync(beschikking.RegelingId, cancellationToken);
        beschikking.RegistreerBetaling(command.Nummer, command.BetaaldOp, command.Kenmerk, budget, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(beschikking, cancellationToken);
    }
}
