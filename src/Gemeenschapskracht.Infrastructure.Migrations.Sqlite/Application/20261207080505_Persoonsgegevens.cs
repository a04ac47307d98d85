using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class Persoonsgegevens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "BankgegevensGewistOp",
                table: "Declaraties",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "BankgegevensGewistOp",
                table: "Declaratiebetalingen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "GewistOp",
                table: "BuurtTopAanmeldingen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Anonimiseringen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Pseudoniem = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AantalGegevens = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountGewist = table.Column<bool>(type: "INTEGER", nullable: false),
                    UitgevoerdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UitgevoerdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Anonimiseringen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Bewaarbeleid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuurtTopAanmeldingenMaanden = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclaratieBankgegevensMaanden = table.Column<int>(type: "INTEGER", nullable: false),
                    GewijzigdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bewaarbeleid", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Anonimiseringen_TenantId_UitgevoerdOp",
                table: "Anonimiseringen",
                columns: new[] { "TenantId", "UitgevoerdOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Bewaarbeleid_TenantId",
                table: "Bewaarbeleid",
                column: "TenantId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Anonimiseringen");

            migrationBuilder.DropTable(
                name: "Bewaarbeleid");

            migrationBuilder.DropColumn(
                name: "BankgegevensGewistOp",
                table: "Declaraties");

            migrationBuilder.DropColumn(
                name: "BankgegevensGewistOp",
                table: "Declaratiebetalingen");

            migrationBuilder.DropColumn(
                name: "GewistOp",
                table: "BuurtTopAanmeldingen");
        }
    }
}
