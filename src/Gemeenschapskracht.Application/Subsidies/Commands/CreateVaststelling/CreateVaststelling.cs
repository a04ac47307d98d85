using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Commands.CreateVaststelling;

/// <summary>
/// Sets the subsidy (Awb 4:45–4:47): the final amount with the reason when lower, the paid voorschotten offset (4:95), and
/// nabetaling, nothing or terugvordering with its term; the recipient gets the beschikking tot vaststelling by mail.
/// </summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
public sealed record CreateVaststellingCommand : ICommand<VaststellingDto>
{
    public required Guid BeschikkingId { get; init; }

    public required long BedragEurocent { get; init; }

    /// <summary>Why lower than granted (which activities were not done, which obligation not met); required then.</summary>
    public string? Reden { get; init; }
}

public sealed class CreateVaststellingValidator : AbstractValidator<CreateVaststellingCommand>
{
    public CreateVaststellingValidator()
    {
        RuleFor(c => c.BedragEurocent).Eurocent("het vastgestelde bedrag");
        RuleFor(c => c.Reden).SafeText("de reden", multiline: true).MaximumLength(5000).WithMessage("De reden mag hoogstens 5000 tekens lang zijn.");
    }
}

public sealed class CreateVaststellingHandler(IApplicationDbContext db, AanvraagMails mails, TimeProvider clock) : ICommandHandler<CreateVaststellingCommand, VaststellingDto>
{
    public async ValueTask<VaststellingDto> Handle(CreateVaststellingCommand command, CancellationToken cancellationToken)
    {
        var beschikking = await db.Set<Beschikking>().VindAsync(command.BeschikkingId, cancellationToken);
        var verslag = await db.Set<Verantwoording>().AsNoTracking().FirstOrDefaultAsync(v => v.BeschikkingId == beschikking.Id, cancellationToken);
        var vaststelling = beschikking.StelVast(new Bedrag(command.BedragEurocent), command.Reden, verslag, ambtshalve: verslag is null, clock.GetUtcNow());
        db.Set<Vaststelling>().Add(vaststelling);
        await db.SaveChangesAsync(cancellationToken);
        await mails.StuurVaststellingAsync(beschikking, vaststelling, cancellationToken);
        return vaststelling.ToDto();
    }
}
