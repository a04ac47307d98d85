using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class Bankafschriften : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Bankafschriften",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdministratieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AfschriftId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Iban = table.Column<string>(type: "TEXT", maxLength: 34, nullable: false),
                    Bestandsnaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Van = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Tot = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Beginsaldo = table.Column<long>(type: "INTEGER", nullable: false),
                    Eindsaldo = table.Column<long>(type: "INTEGER", nullable: false),
                    Mutaties = table.Column<string>(type: "TEXT", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    GeimporteerdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GeimporteerdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bankafschriften", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bankafschriften_Administraties_AdministratieId",
                        column: x => x.AdministratieId,
                        principalTable: "Administraties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bankafschriften_AdministratieId",
                table: "Bankafschriften",
                column: "AdministratieId");

            migrationBuilder.CreateIndex(
                name: "IX_Bankafschriften_TenantId_AdministratieId_Iban_AfschriftId",
                table: "Bankafschriften",
                columns: new[] { "TenantId", "AdministratieId", "Iban", "AfschriftId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bankafschriften");
        }
    }
}
