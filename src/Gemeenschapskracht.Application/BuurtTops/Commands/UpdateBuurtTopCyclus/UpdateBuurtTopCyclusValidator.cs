using FluentValidation;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.UpdateBuurtTopCyclus;

public sealed class UpdateBuurtTopCyclusValidator : AbstractValidator<UpdateBuurtTopCyclusCommand>
{
    public UpdateBuurtTopCyclusValidator()
    {
        RuleFor(c => c.Regio).IsInEnum().WithMessage("Kies de regio: noord, midden of zuid.");
        RuleFor(c => c.Dagregel).IsInEnum().WithMessage("Kies de regel voor de BuurtTop-dag: de eerste zaterdag na de kerstvakantie of een vaste datum.");
    }
}
